from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, rows


class DescribeLoadBalancerAttributes(ELBRequest):
    COMMAND = 'eulb-describe-lb-attributes'
    ACTION = 'DescribeLoadBalancerAttributes'
    DESCRIPTION = "Show a load balancer's attributes"
    TABULAR = True
    ARGS = [Arg('LoadBalancerName', metavar='ELB',
                help='the load balancer to describe (required)')]

    def print_result(self, result):
        attrs = rows.attributes(result.get('LoadBalancerAttributes'))
        for name, value in sorted(attrs, key=lambda pair: pair[0]):
            self.print_row(name, value)
