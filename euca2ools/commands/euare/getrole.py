from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare.createrole import print_role


class GetRole(IAMRequest):
    COMMAND = 'euare-rolegetattributes'
    ACTION = 'GetRole'
    DESCRIPTION = "Display a role's ARN, GUID, and trust policy"
    ARGS = role('name of the role to describe (required)')

    def print_result(self, result):
        print_role(self, result)
