from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.commands.euca._vpc import (InterfaceAddressRequest,
                                          secondary_address_args)


class AssignPrivateIpAddresses(InterfaceAddressRequest):
    COMMAND = 'euca-assign-private-ip-addresses'
    ACTION = 'AssignPrivateIpAddresses'
    DESCRIPTION = ('Assign one or more private IP addresses to a network '
                   "interface\n\nAn instance's type may limit the number "
                   'of addresses it can hold at once.')
    ARGS = [MutuallyExclusiveArgList(*secondary_address_args(
                'PrivateIpAddress', 'assign')).required(),
            Arg('--allow-reassignment', dest='AllowReassignment',
                action='store_true', help='allow addresses to be assigned '
                'even if they are already associated with other interfaces')]
