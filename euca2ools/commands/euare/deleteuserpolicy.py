from euca2ools.commands.euare import IAMRequest, user
from euca2ools.commands.euare._policy import DeletePolicyBase


class DeleteUserPolicy(DeletePolicyBase, IAMRequest):
    COMMAND = 'euare-userdelpolicy'
    ACTION = 'DeleteUserPolicy'
    DESCRIPTION = 'Remove a policy from a user'
    ARGS = user('user the policy is attached to (required)')
