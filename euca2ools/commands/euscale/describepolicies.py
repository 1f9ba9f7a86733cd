from euca2ools.core import Arg
from euca2ools.commands.euscale import (AutoScalingDescribe, group_option,
                                        rows, show_long)


class DescribePolicies(AutoScalingDescribe):
    COMMAND = 'euscale-describe-policies'
    ACTION = 'DescribePolicies'
    DESCRIPTION = 'Describe auto-scaling policies'
    ARGS = [Arg('PolicyNames.member', metavar='POLICY', nargs='*',
                help='limit results to specific auto-scaling policies'),
            group_option(required=False), show_long("the policies' info")]
    LIST = 'ScalingPolicies'

    def print_result(self, result):
        for policy in self.items(result):
            self.print_row(*rows.scaling_policy(policy, self.long))
