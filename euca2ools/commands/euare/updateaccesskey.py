from euca2ools.core import Arg, UsageError
from euca2ools.commands.euare import IAMRequest, named, user_option


class UpdateAccessKey(IAMRequest):
    COMMAND = 'euare-usermodkey'
    ACTION = 'UpdateAccessKey'
    DESCRIPTION = ('Change the status of an access key from Active to '
                   'Inactive, or vice versa')
    ARGS = [*named('AccessKeyId', 'KEY_ID',
                   'ID of the access key to update (required)',
                   ('-k', '--user-key-id')),
            Arg('-s', '--status', dest='Status', required=True,
                choices=('Active', 'Inactive'),
                help='status to assign to the access key (required)'),
            user_option('user the key belongs to (default: current user)')]

    @classmethod
    def check_argv(cls, parser, argv):
        # 3.x's "-k KEY" still works (-k is a no-op flag and KEY the
        # positional); "USER -k KEY" takes USER for the key and leaves KEY
        # over, which argparse would name as the bad argument.
        if '-h' in argv or '--help' in argv or '--version' in argv:
            return
        try:
            namespace, extra = parser.parse_known_args(argv)
        except UsageError:
            return      # parse_args says what is wrong
        if extra and namespace._old_syntax and namespace.AccessKeyId:
            raise UsageError(
                f'{namespace.AccessKeyId!r} was taken for the access key '
                f'ID, and {extra[0]!r} after -k is one too; give the key\'s '
                f'user with -u/--user-name: -u {namespace.AccessKeyId} -k '
                f'{extra[0]}')
