import datetime
import sys

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList, UsageError
from euca2ools.core.argtypes import file_contents, inline_text
from euca2ools.commands.euare import STSRequest, rows
from euca2ools.commands.euare._shell import SHELL_SYNTAX


class AssumeRole(STSRequest):
    COMMAND = 'euare-assumerole'
    EXAMPLES = (
        ('Assume a role (its credentials as shell variables)',
         'euare-assumerole deploy'),
        ('Assume a role of another account for 15 minutes',
         'euare-assumerole -d 900 arn:aws:iam::123456789012:role/deploy'),
    )
    ACTION = 'AssumeRole'
    DESCRIPTION = '''\
Assume an IAM role

Obtain credentials for an IAM role and print them as shell code that sets
the environment variables euca2ools commands read.  Use it with eval:

    $ eval `euare-assumerole myrole`

To stop using the role, use euare-releaserole(1).'''
    ARGS = [Arg('rolename', metavar='ROLE', route_to=LOCAL,
                complete='iam-role',
                help='the role to assume: a name, ACCOUNT:NAME, or an ARN'),
            Arg('-d', '--duration', dest='DurationSeconds',
                metavar='SECONDS', type=int, default=900,
                help='number of seconds the credentials should be valid for '
                     '(900-3600) (default: 900)'),
            Arg('--session-name', dest='RoleSessionName', metavar='PATH',
                help='role session identifier to include in the assumed '
                     'role user ID (default: automatic)'),
            SHELL_SYNTAX,
            MutuallyExclusiveArgList(
                Arg('--policy-content', dest='Policy',
                    metavar='POLICY_CONTENT', type=inline_text,
                    help='an IAM policy further restricting what the '
                         'credentials will be allowed to do.  This cannot '
                         'grant additional permissions.'),
                Arg('--policy-document', dest='Policy', metavar='FILE',
                    type=file_contents,
                    help='file containing an IAM policy further restricting '
                         'what the credentials will be allowed to do')),
            Arg('--external-id', dest='ExternalId', metavar='STR',
                help='external ID to use for comparison with policies'),
            Arg('--mfa-serial', dest='SerialNumber', metavar='MFA',
                help='MFA token serial number'),
            Arg('--mfa-code', dest='TokenCode', metavar='CODE',
                help='MFA token code')]

    # Under eval, missing credentials would print `unset ...` lines and
    # leave the shell on whatever other (maybe stronger) keys it has.
    DELIVERS = ('Credentials.AccessKeyId', 'Credentials.SecretAccessKey',
                'Credentials.SessionToken')

    def discard_undelivered(self, result, missing):
        return 'no credentials were printed, so nothing was set or unset'

    def preprocess(self):
        self.params['RoleArn'] = self.role_arn(self.args['rolename'])
        if not self.params.get('RoleSessionName'):
            # AWS allows only [\w+=,.@-] here, so no colons.
            self.params['RoleSessionName'] = datetime.datetime.now(
                datetime.timezone.utc).strftime('euca2ools-%Y%m%dT%H%M%SZ')

    def role_arn(self, text):
        """NAME, role/NAME, ACCOUNT:NAME, ACCOUNT:role/NAME, ... -> ARN."""
        if text.startswith('arn:'):
            return text
        account, sep, name = text.rpartition(':')
        if not sep:
            account = self.account_id()
        account = account.rpartition(':')[2]
        if not name.startswith('role/'):
            name = 'role/' + name
        return f'arn:aws:iam::{account}:{name}'

    def account_id(self):
        account = (self.context.regionuser.get_user_option('account-id')
                   or self.context.environ.get('EC2_USER_ID'))
        if not account:
            raise UsageError('failed to determine account ID; give the role '
                             'as ACCOUNT:ROLE, set account-id for the user in '
                             'configuration, or set EC2_USER_ID')
        return account

    def print_result(self, result):
        creds = dict(result.get('Credentials') or {})
        creds['account'] = self.params['RoleArn'].split(':')[4]
        csh = rows.wants_csh(self.args, self.context.environ)
        for var, key in rows.CREDENTIAL_VARS:
            self.emit(rows.set_var(var, creds.get(key) if key else None, csh))
        for line in rows.eval_hint(sys.argv):
            self.emit(line)
