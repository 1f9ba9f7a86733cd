from euca2ools.commands.euare import IAMRequest, named


class DeleteAccountAlias(IAMRequest):
    COMMAND = 'euare-accountaliasdelete'
    ACTION = 'DeleteAccountAlias'
    DESCRIPTION = "Delete an account's alias, a.k.a. its account name"
    ARGS = named('AccountAlias', 'ACCOUNT', 'the alias to delete (required)',
                 ('-a', '--account-alias'))
