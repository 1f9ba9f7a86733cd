from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeReservedInstances(EC2Request):
    COMMAND = 'euca-describe-reserved-instances'
    ACTION = 'DescribeReservedInstances'
    DESCRIPTION = 'Show information about your reserved instances'
    ARGS = [Arg('ReservedInstancesId', metavar='RESERVATION', nargs='*',
                help='limit results to specific reserved instances'),
            Arg('--offering-type', dest='OfferingType', metavar='TYPE',
                help='limit results to an offering type, e.g. '
                     '"Heavy Utilization"')]
    FILTERS = filters(
        'availability-zone', 'duration', 'end', 'fixed-price',
        'instance-type', 'product-description', 'reserved-instances-id',
        'start', 'state', 'tag-key', 'tag-value', 'tag:KEY', 'usage-price')

    def print_result(self, result):
        for reservation in result.get('reservedInstancesSet') or []:
            self.print_rows(rows.reserved_instances(reservation))
