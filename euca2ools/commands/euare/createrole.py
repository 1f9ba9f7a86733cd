import urllib.parse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._role import apply_service, trust_policy_source


class CreateRole(IAMRequest):
    COMMAND = 'euare-rolecreate'
    ACTION = 'CreateRole'
    DESCRIPTION = 'Create a new role'
    ARGS = [*role('name of the new role (required)', complete=None),
            Arg('-p', '--path', dest='Path',
                help='path for the new role (default: "/")'),
            trust_policy_source('AssumeRolePolicyDocument', '-f',
                                '--trust-policy', old_service_flag=True),
            Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help="print the new role's ARN, GUID, and trust policy")]

    def preprocess(self):
        apply_service(self, 'AssumeRolePolicyDocument')

    def print_result(self, result):
        if self.args.get('verbose'):
            print_role(self, result)


def print_role(command, result):
    """ARN, GUID and (URL-decoded) trust policy lines."""
    found = result.get('Role') or {}
    command.lines(found.get('Arn'), found.get('RoleId'), urllib.parse.unquote(
        found.get('AssumeRolePolicyDocument') or ''))
