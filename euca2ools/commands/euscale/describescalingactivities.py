from euca2ools.core import Arg
from euca2ools.commands.euscale import (AutoScalingDescribe, group_option,
                                        rows, show_long)


class DescribeScalingActivities(AutoScalingDescribe):
    COMMAND = 'euscale-describe-scaling-activities'
    ACTION = 'DescribeScalingActivities'
    DESCRIPTION = 'Describe past and current auto-scaling activities'
    ARGS = [Arg('ActivityIds.member', metavar='ACTIVITY', nargs='*',
                help='limit results to specific auto-scaling activities'),
            group_option(required=False), show_long("the activities' info")]
    LIST = 'Activities'

    def print_result(self, result):
        for activity in self.items(result):
            self.print_row(*rows.activity(activity, self.long))
