from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribePlacementGroups(EC2Request):
    COMMAND = 'euca-describe-placement-groups'
    ACTION = 'DescribePlacementGroups'
    DESCRIPTION = 'Show information about placement groups'
    ARGS = [Arg('GroupName', metavar='PLGROUP', nargs='*',
                help='limit results to specific placement groups')]
    FILTERS = filters('group-name', 'state', 'strategy')

    def print_result(self, result):
        for group in result.get('placementGroupSet') or []:
            self.print_row(*rows.placement_group(group))
