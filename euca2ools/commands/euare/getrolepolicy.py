from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._policy import GetPolicyBase


class GetRolePolicy(GetPolicyBase, IAMRequest):
    COMMAND = 'euare-rolegetpolicy'
    ACTION = 'GetRolePolicy'
    DESCRIPTION = "Display a role's policy"
    ARGS = role('role the policy is attached to (required)')
