from euca2ools.core import Arg, Filter
from euca2ools.commands.euca import EC2Request


class DescribeRegions(EC2Request):
    COMMAND = 'euca-describe-regions'
    ROW_TYPES = ('REGION',)
    ACTION = 'DescribeRegions'
    DESCRIPTION = 'Display information about regions'
    ARGS = [Arg('RegionName', metavar='REGION', nargs='*',
                help='limit results to specific regions')]
    FILTERS = [Filter('endpoint'), Filter('region-name')]

    def print_result(self, result):
        for region in result.get('regionInfo') or []:
            self.print_row('REGION', region.get('regionName'),
                           region.get('regionEndpoint'))
