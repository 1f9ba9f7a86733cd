from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._policy import DeletePolicyBase


class DeleteRolePolicy(DeletePolicyBase, IAMRequest):
    COMMAND = 'euare-roledelpolicy'
    ACTION = 'DeleteRolePolicy'
    DESCRIPTION = 'Remove a policy from a role'
    ARGS = role('role the policy is attached to (required)')
