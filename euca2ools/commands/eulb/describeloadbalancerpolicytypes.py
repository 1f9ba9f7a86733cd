from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, rows, show_long_arg


class DescribeLoadBalancerPolicyTypes(ELBRequest):
    COMMAND = 'eulb-describe-lb-policy-types'
    ACTION = 'DescribeLoadBalancerPolicyTypes'
    DESCRIPTION = 'Show information about load balancer policy types'
    TABULAR = True
    ARGS = [Arg('PolicyTypeNames.member', metavar='POLTYPE', nargs='*',
                help='limit results to specific policy types'),
            show_long_arg('policy types')]

    def print_result(self, result):
        for desc in result.get('PolicyTypeDescriptions') or []:
            self.print_row(*rows.policy_type(desc,
                                             self.args.get('show_long')))
