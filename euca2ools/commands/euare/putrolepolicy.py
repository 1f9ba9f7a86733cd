from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._policy import PutPolicyBase


class PutRolePolicy(PutPolicyBase, IAMRequest):
    COMMAND = 'euare-roleuploadpolicy'
    ACTION = 'PutRolePolicy'
    DESCRIPTION = 'Attach a policy to a role'
    ARGS = role('role to attach the policy to (required)')
