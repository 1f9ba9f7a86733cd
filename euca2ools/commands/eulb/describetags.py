from euca2ools.core import LOCAL, Arg
from euca2ools.commands.eulb import ELBRequest, rows


class DescribeTags(ELBRequest):
    COMMAND = 'eulb-describe-tags'
    ACTION = 'DescribeTags'
    DESCRIPTION = 'Show the tags associated with one or more load balancers'
    TABULAR = True
    ARGS = [Arg('LoadBalancerNames.member', metavar='ELB', nargs='+',
                help='load balancer(s) to show tags for (required)'),
            Arg('--show-headers', action='store_true', route_to=LOCAL,
                help='show column headers')]

    def print_result(self, result):
        if self.args.get('show_headers'):
            self.print_row(*rows.TAG_HEADER)
        for desc in result.get('TagDescriptions') or []:
            for tag in desc.get('Tags') or []:
                self.print_row(*rows.tag(desc.get('LoadBalancerName'), tag))
