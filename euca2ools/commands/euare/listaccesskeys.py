from euca2ools.commands.euare import IAMRequest, user


class ListAccessKeys(IAMRequest):
    COMMAND = 'euare-userlistkeys'
    ACTION = 'ListAccessKeys'
    DESCRIPTION = "List a user's access keys"
    ITEMS = 'AccessKeyMetadata'
    ARGS = user('user to list keys for (default: current user)', nargs='?')

    def print_result(self, result):
        for key in self.items(result):
            self.lines(key.get('AccessKeyId'), key.get('Status'))
