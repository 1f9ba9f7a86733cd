from euca2ools.commands.euare import ArnListRequest, path_prefix


class ListInstanceProfiles(ArnListRequest):
    COMMAND = 'euare-instanceprofilelistbypath'
    ACTION = 'ListInstanceProfiles'
    DESCRIPTION = "List your account's instance profiles"
    ITEMS = 'InstanceProfiles'
    ARGS = [path_prefix('instance profiles')]
