from euca2ools.commands.euare import ArnListRequest, path_prefix


class ListRoles(ArnListRequest):
    COMMAND = 'euare-rolelistbypath'
    ACTION = 'ListRoles'
    DESCRIPTION = "List your account's roles"
    ITEMS = STREAM = 'Roles'
    ARGS = [path_prefix('roles')]
