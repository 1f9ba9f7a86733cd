from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingDescribe, rows, show_long


class DescribeAutoScalingGroups(AutoScalingDescribe):
    COMMAND = 'euscale-describe-auto-scaling-groups'
    EXAMPLES = (
        ('Show every auto scaling group',
         'euscale-describe-auto-scaling-groups'),
        ('Show everything about one group',
         'euscale-describe-auto-scaling-groups --show-long web-asg'),
    )
    ROW_TYPES = ('AUTO-SCALING-GROUP', 'AUTO-SCALING-GROUP (--show-long)',
                 'INSTANCE (group member)', 'SUSPENDED-PROCESS',
                 'ENABLED-METRICS', 'TAG (group)')
    ACTION = 'DescribeAutoScalingGroups'
    DESCRIPTION = 'Describe auto-scaling groups'
    ARGS = [Arg('AutoScalingGroupNames.member', metavar='ASGROUP', nargs='*',
                help='limit results to specific auto-scaling groups'),
            show_long("the groups' info")]
    LIST = STREAM = 'AutoScalingGroups'

    def print_result(self, result):
        for group in self.items(result):
            self.print_rows(rows.auto_scaling_group(group, self.long))
