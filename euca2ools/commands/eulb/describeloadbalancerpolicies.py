from euca2ools.core import Arg
from euca2ools.commands.eulb import (ELBRequest, policy_names_arg, rows,
                                     show_long_arg)


class DescribeLoadBalancerPolicies(ELBRequest):
    COMMAND = 'eulb-describe-lb-policies'
    ACTION = 'DescribeLoadBalancerPolicies'
    DESCRIPTION = 'Show information about load balancer policies'
    TABULAR = True
    ARGS = [Arg('LoadBalancerName', metavar='ELB', nargs='?',
                help='show policies associated with a specific load balancer '
                     '(default: only describe sample policies provided by '
                     'the service)'),
            policy_names_arg('limit results to specific policies',
                             required=False, allow_empty=False),
            show_long_arg('policies')]

    def print_result(self, result):
        for desc in result.get('PolicyDescriptions') or []:
            self.print_row(*rows.policy(desc, self.args.get('show_long')))
