from euca2ools.commands.euare import ArnListRequest, path_prefix


class ListUsers(ArnListRequest):
    COMMAND = 'euare-userlistbypath'
    ACTION = 'ListUsers'
    DESCRIPTION = "List your account's users"
    ITEMS = STREAM = 'Users'
    ARGS = [path_prefix('users')]
