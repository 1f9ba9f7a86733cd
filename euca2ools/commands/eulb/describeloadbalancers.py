from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, rows, show_long_arg


class DescribeLoadBalancers(ELBRequest):
    COMMAND = 'eulb-describe-lbs'
    EXAMPLES = (
        ('Show every load balancer',
         'eulb-describe-lbs'),
        ('Show everything about one load balancer',
         'eulb-describe-lbs --show-long web-lb'),
    )
    ROW_TYPES = ('LOAD_BALANCER', 'LOAD_BALANCER (--show-long)')
    ACTION = 'DescribeLoadBalancers'
    STREAM = 'LoadBalancerDescriptions'
    DESCRIPTION = 'Show information about load balancers'
    TABULAR = True
    ARGS = [Arg('LoadBalancerNames.member', metavar='ELB', nargs='*',
                help='limit results to specific load balancers'),
            show_long_arg('load balancers')]

    def print_result(self, result):
        for desc in result.get('LoadBalancerDescriptions') or []:
            self.print_row(*rows.load_balancer(desc,
                                               self.args.get('show_long')))
