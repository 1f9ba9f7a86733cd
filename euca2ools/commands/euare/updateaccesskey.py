from euca2ools.core import Arg
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
