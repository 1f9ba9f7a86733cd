from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteVpnGateway(EC2Request):
    COMMAND = 'euca-delete-vpn-gateway'
    ACTION = 'DeleteVpnGateway'
    DESCRIPTION = 'Delete a virtual private gateway'
    ARGS = [Arg('VpnGatewayId', metavar='VGATEWAY',
                help='ID of the virtual private gateway to delete '
                     '(required)')]
