from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import PutPolicyBase


class PutGroupPolicy(PutPolicyBase, IAMRequest):
    COMMAND = 'euare-groupuploadpolicy'
    ACTION = 'PutGroupPolicy'
    DESCRIPTION = 'Attach a policy to a group'
    ARGS = group('group to attach the policy to (required)')
