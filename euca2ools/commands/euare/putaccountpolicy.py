from euca2ools.commands.euare import account
from euca2ools.commands.euare._policy import PutPolicyBase


class PutAccountPolicy(PutPolicyBase):
    COMMAND = 'euare-accountuploadpolicy'
    ACTION = 'PutAccountPolicy'
    DESCRIPTION = '[Eucalyptus cloud admin only] Attach a policy to an account'
    ARGS = account('account to attach the policy to (required)')
