from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import CONFIG_ARGS, WRITE_CONFIG, account
from euca2ools.commands.euare.createaccesskey import KeyCreatingRequest


class CreateAccount(KeyCreatingRequest):
    COMMAND = 'euare-accountcreate'
    ROW_TYPES = ('ACCOUNT',)
    ACTION = 'CreateAccount'
    DESCRIPTION = '[Eucalyptus cloud admin only] Create a new account'
    TABULAR = True
    ARGS = [*account('also add an alias (name) to the new account (required '
                     'on eucalyptus < 4.2)', nargs='?'),
            Arg('-k', '--create-accesskey', action='store_true',
                route_to=LOCAL,
                help="also create an access key for the new account's "
                     'administrator and show it'),
            WRITE_CONFIG, *CONFIG_ARGS]

    def main(self):
        result = super().main()
        if self.wants_key():
            created = result.get('Account') or {}
            # The new account's administrator, acting as that account
            # (named by its ID, as euca2ools 3.4 does).
            self.create_key(result, UserName='admin',
                            DelegateAccount=created.get('AccountId'),
                            account_id=created.get('AccountId'))
        return result

    def print_result(self, result):
        if not self.args.get('write_config'):
            created = result.get('Account') or {}
            self.print_row(created.get('AccountName'),
                           created.get('AccountId'))
        self.print_key(result)
