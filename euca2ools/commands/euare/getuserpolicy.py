from euca2ools.commands.euare import IAMRequest, user
from euca2ools.commands.euare._policy import GetPolicyBase


class GetUserPolicy(GetPolicyBase, IAMRequest):
    COMMAND = 'euare-usergetpolicy'
    ACTION = 'GetUserPolicy'
    DESCRIPTION = "Display a user's policy"
    ARGS = user('user the policy is attached to (required)')
