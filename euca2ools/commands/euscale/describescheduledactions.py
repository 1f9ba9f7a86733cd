from euca2ools.core import Arg
from euca2ools.core.argtypes import iso_timestamp
from euca2ools.commands.euscale import (AutoScalingDescribe, group_option,
                                        rows, show_long)


class DescribeScheduledActions(AutoScalingDescribe):
    COMMAND = 'euscale-describe-scheduled-actions'
    ACTION = 'DescribeScheduledActions'
    DESCRIPTION = 'Describe scheduled auto-scaling group actions'
    ARGS = [Arg('ScheduledActionNames.member', metavar='ACTION', nargs='*',
                help='limit results to specific actions'),
            group_option(required=False, flags=('-g', '--group')),
            Arg('--start-time', dest='StartTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='earliest start time to return scheduled actions for '
                     '(ignored when action names are given)'),
            Arg('--end-time', dest='EndTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='latest start time to return scheduled actions for '
                     '(ignored when action names are given)'),
            show_long("the scheduled actions' info")]
    LIST = 'ScheduledUpdateGroupActions'

    def print_result(self, result):
        for action in self.items(result):
            self.print_row(*rows.scheduled_action(action, self.long))
