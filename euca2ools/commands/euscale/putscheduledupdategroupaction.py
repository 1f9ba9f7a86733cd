from euca2ools.core import Arg
from euca2ools.core.argtypes import iso_timestamp
from euca2ools.commands.euscale import AutoScalingRequest, group_option


class PutScheduledUpdateGroupAction(AutoScalingRequest):
    COMMAND = 'euscale-put-scheduled-update-group-action'
    ACTION = 'PutScheduledUpdateGroupAction'
    DESCRIPTION = 'Schedule a scaling action for an auto-scaling group'
    ARGS = [Arg('ScheduledActionName', metavar='ACTION',
                help='name of the new scheduled action (required)'),
            group_option(),
            Arg('-b', '--start-time', dest='StartTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='time for this action to start'),
            Arg('-e', '--end-time', dest='EndTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='time for this action to end'),
            Arg('-r', '--recurrence', dest='Recurrence',
                metavar='"MIN HOUR DATE MONTH DAY"',
                help='time when recurring future actions will start, in '
                     'crontab format'),
            Arg('--desired-capacity', dest='DesiredCapacity', metavar='COUNT',
                type=int, help='new capacity setting for the group'),
            Arg('--max-size', dest='MaxSize', metavar='COUNT', type=int,
                help='maximum number of instances to allow in the group'),
            Arg('--min-size', dest='MinSize', metavar='COUNT', type=int,
                help='minimum number of instances to allow in the group')]
