from euca2ools.core import Arg
from euca2ools.commands.euscale import (FORCE, AutoScalingRequest, bool_pair,
                                        rows, show_long)


class TerminateInstanceInAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-terminate-instance-in-auto-scaling-group'
    ACTION = 'TerminateInstanceInAutoScalingGroup'
    DESCRIPTION = 'Manually terminate an auto-scaling instance'
    TABULAR = True
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to terminate (required)'),
            bool_pair('ShouldDecrementDesiredCapacity',
                      ('-d', '--decrement-desired-capacity'),
                      ('-D', '--no-decrement-desired-capacity'),
                      'also reduce the desired capacity of the auto-scaling '
                      'group by 1',
                      "leave the auto-scaling group's desired capacity as-is; "
                      'a new instance may be launched to compensate for the '
                      'one being terminated', required=True),
            show_long('the info about the terminated instance'), FORCE]

    def print_result(self, result):
        activity = result.get('Activity') or {}
        self.print_row(*rows.terminated_instance(
            activity, bool(self.args.get('show_long'))))
