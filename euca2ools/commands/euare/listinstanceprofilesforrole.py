from euca2ools.commands.euare import ArnListRequest, role


class ListInstanceProfilesForRole(ArnListRequest):
    COMMAND = 'euare-instanceprofilelistforrole'
    ACTION = 'ListInstanceProfilesForRole'
    DESCRIPTION = 'List all instance profiles that use a role'
    ITEMS = 'InstanceProfiles'
    ARGS = role('role to list membership for (required)')
