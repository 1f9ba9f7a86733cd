from euca2ools.commands.euare import IAMRequest, group


class GetGroup(IAMRequest):
    COMMAND = 'euare-grouplistusers'
    ACTION = 'GetGroup'
    DESCRIPTION = 'List all the users in a group'
    ITEMS = 'Users'
    ARGS = group('name of the group to enumerate (required)')

    def print_result(self, result):
        self.emit((result.get('Group') or {}).get('Arn'))
        self.emit('   users')
        for member in self.items(result):
            self.emit(f"   {member.get('Arn')}")
