from euca2ools.core import Arg, Filter
from euca2ools.commands.euca import EC2Request


class DescribeAvailabilityZones(EC2Request):
    COMMAND = 'euca-describe-availability-zones'
    ROW_TYPES = ('AVAILABILITYZONE',)
    ACTION = 'DescribeAvailabilityZones'
    DESCRIPTION = 'Display availability zones within the current region'
    ARGS = [Arg('ZoneName', metavar='ZONE', nargs='*',
                help='limit results to specific availability zones '
                     '("verbose" lists capacity on Eucalyptus)')]
    FILTERS = [Filter('message'), Filter('region-name'), Filter('state'),
               Filter('zone-name')]

    def print_result(self, result):
        for zone in result.get('availabilityZoneInfo') or []:
            messages = ', '.join(m.get('message') or ''
                                 for m in zone.get('messageSet') or [])
            self.print_row('AVAILABILITYZONE', zone.get('zoneName'),
                           zone.get('zoneState'), messages)
