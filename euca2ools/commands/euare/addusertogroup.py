from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, group


class AddUserToGroup(IAMRequest):
    COMMAND = 'euare-groupadduser'
    ACTION = 'AddUserToGroup'
    DESCRIPTION = 'Add a user to a group'
    ARGS = [*group('group to add the user to (required)'),
            Arg('-u', '--user-name', dest='UserName', metavar='USERNAME',
                complete='iam-user',
                required=True,
                help='name of the user to add to the group (required)')]
