from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeSpotPriceHistory(EC2Request):
    COMMAND = 'euca-describe-spot-price-history'
    ACTION = 'DescribeSpotPriceHistory'
    DESCRIPTION = 'Show the history of spot instance prices'
    ARGS = [Arg('-s', '--start-time', dest='StartTime', metavar='DATE',
                help='show prices from this time on'),
            Arg('-e', '--end-time', dest='EndTime', metavar='DATE',
                help='show prices up to this time'),
            Arg('-t', '--instance-type', dest='InstanceType',
                metavar='INSTANCETYPE', action='append',
                help='limit results to an instance type (repeatable)'),
            Arg('-d', '--product-description', dest='ProductDescription',
                metavar='DESC', action='append',
                help='limit results to a product, e.g. "Linux/UNIX" '
                     '(repeatable)'),
            Arg('-a', '--availability-zone', dest='AvailabilityZone',
                metavar='ZONE', help='limit results to one zone')]
    FILTERS = filters('availability-zone', 'instance-type',
                      'product-description', 'spot-price', 'timestamp')

    def print_result(self, result):
        for price in result.get('spotPriceHistorySet') or []:
            self.print_row(*rows.spot_price(price))
