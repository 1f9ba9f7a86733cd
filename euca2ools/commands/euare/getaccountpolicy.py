from euca2ools.commands.euare import account
from euca2ools.commands.euare._policy import GetPolicyBase


class GetAccountPolicy(GetPolicyBase):
    COMMAND = 'euare-accountgetpolicy'
    ACTION = 'GetAccountPolicy'
    DESCRIPTION = "[Eucalyptus cloud admin only] Display an account's policy"
    ARGS = account('account the policy is attached to (required)')
