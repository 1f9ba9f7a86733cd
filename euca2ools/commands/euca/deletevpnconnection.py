from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteVpnConnection(EC2Request):
    COMMAND = 'euca-delete-vpn-connection'
    ACTION = 'DeleteVpnConnection'
    DESCRIPTION = 'Delete a VPN connection'
    ARGS = [Arg('VpnConnectionId', metavar='VPNCONN',
                help='ID of the VPN connection to delete (required)')]
