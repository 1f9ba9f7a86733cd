from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import DeletePolicyBase


class DeleteGroupPolicy(DeletePolicyBase, IAMRequest):
    COMMAND = 'euare-groupdelpolicy'
    ACTION = 'DeleteGroupPolicy'
    DESCRIPTION = 'Remove a policy from a group'
    ARGS = group('group the policy is attached to (required)')
