from euca2ools.commands.euare import account
from euca2ools.commands.euare._policy import DeletePolicyBase


class DeleteAccountPolicy(DeletePolicyBase):
    COMMAND = 'euare-accountdelpolicy'
    ACTION = 'DeleteAccountPolicy'
    DESCRIPTION = ('[Eucalyptus cloud admin only] Remove a policy from an '
                   'account')
    ARGS = account('account the policy is attached to (required)')
