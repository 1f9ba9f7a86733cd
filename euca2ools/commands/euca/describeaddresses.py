from euca2ools.core import LOCAL, Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeAddresses(EC2Request):
    COMMAND = 'euca-describe-addresses'
    ROW_TYPES = ('ADDRESS',)
    ACTION = 'DescribeAddresses'
    STREAM = 'addressesSet'
    DESCRIPTION = 'Show information about elastic IP addresses'
    ARGS = [Arg('address', metavar='ADDRESS', nargs='*', route_to=LOCAL,
                complete='address',
                help='limit results to specific elastic IP addresses or VPC '
                     'allocation IDs')]
    FILTERS = filters(
        'allocation-id', 'association-id', 'domain', 'instance-id',
        'network-interface-id', 'network-interface-owner-id',
        'private-ip-address', 'public-ip')

    def preprocess(self):
        # Sent sorted and without duplicates, as 3.x did.
        addresses = set(self.args.get('address') or [])
        self.params['AllocationId'] = sorted(a for a in addresses
                                             if a.startswith('eipalloc-'))
        self.params['PublicIp'] = sorted(a for a in addresses
                                         if not a.startswith('eipalloc-'))

    def print_result(self, result):
        for address in result.get('addressesSet') or []:
            self.print_row(*rows.address(address))
