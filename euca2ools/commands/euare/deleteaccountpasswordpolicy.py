from euca2ools.commands.euare import IAMRequest


class DeleteAccountPasswordPolicy(IAMRequest):
    COMMAND = 'euare-accountdelpasswordpolicy'
    ACTION = 'DeleteAccountPasswordPolicy'
    DESCRIPTION = "Remove the account's password policy"
