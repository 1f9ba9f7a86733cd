from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeReservedInstancesOfferings(EC2Request):
    COMMAND = 'euca-describe-reserved-instances-offerings'
    ACTION = 'DescribeReservedInstancesOfferings'
    DESCRIPTION = 'Show reserved instance offerings you can purchase'
    ARGS = [Arg('ReservedInstancesOfferingId', metavar='OFFERING', nargs='*',
                help='limit results to specific offerings'),
            Arg('-t', '--instance-type', dest='InstanceType',
                metavar='INSTANCETYPE',
                help='limit results to an instance type'),
            Arg('-z', '--availability-zone', dest='AvailabilityZone',
                metavar='ZONE', help='limit results to one zone'),
            Arg('-d', '--product-description', dest='ProductDescription',
                metavar='DESC',
                help='limit results to a product, e.g. "Linux/UNIX"'),
            Arg('--offering-type', dest='OfferingType', metavar='TYPE',
                help='limit results to an offering type, e.g. '
                     '"Heavy Utilization"'),
            Arg('--tenancy', dest='InstanceTenancy',
                choices=('default', 'dedicated'),
                help='limit results to a tenancy'),
            Arg('--include-marketplace', dest='IncludeMarketplace',
                action='store_true',
                help='include Reserved Instance Marketplace offerings'),
            Arg('--min-duration', dest='MinDuration', metavar='SECONDS',
                type=int, help='shortest duration to show'),
            Arg('--max-duration', dest='MaxDuration', metavar='SECONDS',
                type=int, help='longest duration to show')]
    FILTERS = filters(
        'availability-zone', 'duration', 'fixed-price', 'instance-type',
        'marketplace', 'product-description',
        'reserved-instances-offering-id', 'usage-price')

    def print_result(self, result):
        for offering in result.get('reservedInstancesOfferingsSet') or []:
            self.print_rows(rows.reserved_instances_offering(offering))
