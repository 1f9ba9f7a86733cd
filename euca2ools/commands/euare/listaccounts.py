from euca2ools.commands.euare import IAMAdminRequest


class ListAccounts(IAMAdminRequest):
    COMMAND = 'euare-accountlist'
    ROW_TYPES = ('ACCOUNT',)
    ACTION = 'ListAccounts'
    DESCRIPTION = "[Eucalyptus cloud admin only] List all of the cloud's "\
        'accounts'
    TABULAR = True

    def print_result(self, result):
        for found in result.get('Accounts') or []:
            self.print_row(found.get('AccountName'), found.get('AccountId'))
