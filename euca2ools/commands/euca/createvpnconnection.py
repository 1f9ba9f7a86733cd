from euca2ools.core import Arg
from euca2ools.commands.euca._vpc import VpnConnectionRequest


class CreateVpnConnection(VpnConnectionRequest):
    COMMAND = 'euca-create-vpn-connection'
    ACTION = 'CreateVpnConnection'
    DESCRIPTION = ('Create a VPN connection between a virtual private '
                   'gateway and a customer gateway\n\nThe connection '
                   'information is shown as XML unless --format or '
                   '--stylesheet asks for a device-specific form.')
    ARGS = [Arg('-t', '--type', dest='Type', metavar='ipsec.1', required=True,
                choices=('ipsec.1',),
                help='the type of VPN connection to use (required)'),
            Arg('--customer-gateway', dest='CustomerGatewayId',
                metavar='CGATEWAY', required=True,
                help='ID of the customer gateway to connect (required)'),
            Arg('--vpn-gateway', dest='VpnGatewayId', metavar='VGATEWAY',
                required=True, help='ID of the virtual private gateway to '
                'connect (required)'),
            Arg('--static-routes-only', dest='Options.StaticRoutesOnly',
                action='store_true',
                help='use only static routes instead of BGP')]
    RESULT = 'vpnConnection'
    SHOW_CONFIG_BY_DEFAULT = True
