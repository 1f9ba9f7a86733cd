from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class AllocateAddress(EC2Request):
    COMMAND = 'euca-allocate-address'
    ACTION = 'AllocateAddress'
    DELIVERS = ('publicIp',)
    CHECK_WITH = 'euca-describe-addresses'
    DESCRIPTION = 'Allocate a public IP address'
    ARGS = [Arg('-d', '--domain', dest='Domain', choices=('vpc',),
                help='[VPC only] "vpc" to allocate the address for use in '
                     'a VPC')]

    def print_result(self, result):
        self.print_row('ADDRESS', result.get('publicIp'),
                       result.get('domain') or 'standard',
                       result.get('allocationId'))
