from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteDhcpOptions(EC2Request):
    COMMAND = 'euca-delete-dhcp-options'
    ACTION = 'DeleteDhcpOptions'
    DESCRIPTION = 'Delete a VPC DHCP option set'
    ARGS = [Arg('DhcpOptionsId', metavar='DHCPOPTS',
                help='ID of the DHCP option set to delete (required)')]
