from euca2ools.commands.eulb import (ELBRequest, instances_arg, lb_name, rows,
                                     show_long_arg)


class DescribeInstanceHealth(ELBRequest):
    COMMAND = 'eulb-describe-instance-health'
    ROW_TYPES = ('INSTANCE (health)', 'INSTANCE (health, --show-long)')
    ACTION = 'DescribeInstanceHealth'
    DESCRIPTION = 'Show the state of instances registered with a load balancer'
    TABULAR = True
    ARGS = [lb_name('name of the load balancer to describe instances for '
                    '(required)'),
            instances_arg('limit results to specific instances',
                          required=False),
            show_long_arg('instances')]

    def print_result(self, result):
        for state in result.get('InstanceStates') or []:
            self.print_row(*rows.instance_state(state,
                                                self.args.get('show_long')))
