from euca2ools.commands.euare import IAMRequest


class ListAccountAliases(IAMRequest):
    COMMAND = 'euare-accountaliaslist'
    ACTION = 'ListAccountAliases'
    DESCRIPTION = "List your account's aliases"
    ITEMS = 'AccountAliases'

    def print_result(self, result):
        for alias in self.items(result):
            self.emit(f'Alias: {alias}')
