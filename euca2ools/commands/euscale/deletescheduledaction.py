from euca2ools.core import Arg
from euca2ools.commands.euscale import (FORCE, AutoScalingRequest,
                                        group_option)


class DeleteScheduledAction(AutoScalingRequest):
    COMMAND = 'euscale-delete-scheduled-action'
    ACTION = 'DeleteScheduledAction'
    DESCRIPTION = 'Delete a scheduled action'
    ARGS = [Arg('ScheduledActionName', metavar='ACTION',
                help='name of the scheduled action to delete (required)'),
            group_option(), FORCE]
