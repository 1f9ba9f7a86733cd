from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import GetPolicyBase


class GetGroupPolicy(GetPolicyBase, IAMRequest):
    COMMAND = 'euare-groupgetpolicy'
    ACTION = 'GetGroupPolicy'
    DESCRIPTION = "Display a group's policy"
    ARGS = group('group the policy is attached to (required)')
