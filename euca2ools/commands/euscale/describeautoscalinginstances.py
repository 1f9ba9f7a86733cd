from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingDescribe, rows, show_long


class DescribeAutoScalingInstances(AutoScalingDescribe):
    COMMAND = 'euscale-describe-auto-scaling-instances'
    ROW_TYPES = ('INSTANCE (auto scaling instance)',)
    ACTION = 'DescribeAutoScalingInstances'
    DESCRIPTION = 'Describe instances in auto-scaling groups'
    ARGS = [Arg('InstanceIds.member', metavar='INSTANCE', nargs='*',
                help='limit results to specific instances'),
            show_long(hidden=True)]
    LIST = 'AutoScalingInstances'

    def print_result(self, result):
        for inst in self.items(result):
            self.print_row(*rows.auto_scaling_instance(inst))
