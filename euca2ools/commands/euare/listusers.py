from euca2ools.commands.euare import ArnListRequest, path_prefix


class ListUsers(ArnListRequest):
    COMMAND = 'euare-userlistbypath'
    EXAMPLES = (
        ('List every user',
         'euare-userlistbypath'),
        ('List the users under a path',
         'euare-userlistbypath -p /developers/'),
    )
    ACTION = 'ListUsers'
    DESCRIPTION = "List your account's users"
    ITEMS = STREAM = 'Users'
    ARGS = [path_prefix('users')]
