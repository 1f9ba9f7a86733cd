from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteNetworkInterface(EC2Request):
    COMMAND = 'euca-delete-network-interface'
    ACTION = 'DeleteNetworkInterface'
    DESCRIPTION = 'Delete a VPC network interface'
    ARGS = [Arg('NetworkInterfaceId', metavar='INTERFACE',
                help='ID of the network interface to delete (required)')]
