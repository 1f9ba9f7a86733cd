from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, group


class UpdateGroup(IAMRequest):
    COMMAND = 'euare-groupmod'
    ACTION = 'UpdateGroup'
    DESCRIPTION = 'Change the name and/or path of a group'
    ARGS = [*group('name of the group to update (required)'),
            Arg('-n', '--new-group-name', dest='NewGroupName',
                metavar='GROUP', help='new name for the group'),
            Arg('-p', '--new-path', dest='NewPath', metavar='PATH',
                help='new path for the group')]
