from euca2ools.core import Arg
from euca2ools.commands.euca._vpc import InterfaceAddressRequest


class UnassignPrivateIpAddresses(InterfaceAddressRequest):
    COMMAND = 'euca-unassign-private-ip-addresses'
    ACTION = 'UnassignPrivateIpAddresses'
    DESCRIPTION = ('Remove one or more private IP addresses from a network '
                   'interface')
    ARGS = [Arg('--secondary-address', '--secondary-private-ip-address',
                dest='PrivateIpAddress', metavar='ADDRESS', action='append',
                required=True, help='a secondary private IP address to '
                'remove (repeatable, required)')]
