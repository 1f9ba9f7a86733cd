from euca2ools.commands.euare import IAMRequest, path_prefix


class ListGroups(IAMRequest):
    COMMAND = 'euare-grouplistbypath'
    ACTION = 'ListGroups'
    DESCRIPTION = "List your account's groups"
    ITEMS = 'Groups'
    ARGS = [path_prefix('groups')]

    def print_result(self, result):
        self.emit('groups')
        for found in self.items(result):
            self.emit(f"   {found.get('Arn')}")
