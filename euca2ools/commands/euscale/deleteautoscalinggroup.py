from euca2ools.core import Arg
from euca2ools.commands.euscale import FORCE, AutoScalingRequest, group_arg


class DeleteAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-delete-auto-scaling-group'
    ACTION = 'DeleteAutoScalingGroup'
    DESCRIPTION = 'Delete an auto-scaling group'
    ARGS = [group_arg('name of the auto-scaling group to delete (required)'),
            Arg('-d', '--force-delete', dest='ForceDelete',
                action='store_true', help='delete the group and all of its '
                'instances without waiting for all instances to terminate'),
            FORCE]
