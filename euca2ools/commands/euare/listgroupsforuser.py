from euca2ools.commands.euare import ArnListRequest, user


class ListGroupsForUser(ArnListRequest):
    COMMAND = 'euare-userlistgroups'
    ACTION = 'ListGroupsForUser'
    DESCRIPTION = 'List all groups a user is a member of'
    ITEMS = 'Groups'
    ARGS = user('user to list membership for (required)')
