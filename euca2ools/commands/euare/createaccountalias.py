from euca2ools.commands.euare import IAMRequest, named


class CreateAccountAlias(IAMRequest):
    COMMAND = 'euare-accountaliascreate'
    ACTION = 'CreateAccountAlias'
    DESCRIPTION = 'Create an alias for an account, a.k.a. an account name'
    ARGS = named('AccountAlias', 'ACCOUNT', 'the new alias (required)',
                 ('-a', '--account-alias'))
