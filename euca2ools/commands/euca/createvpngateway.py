from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateVpnGateway(RowsRequest):
    COMMAND = 'euca-create-vpn-gateway'
    ACTION = 'CreateVpnGateway'
    DESCRIPTION = 'Create a virtual private gateway'
    ARGS = [Arg('-t', '--type', dest='Type', metavar='ipsec.1', required=True,
                choices=('ipsec.1',),
                help='the type of VPN connection to use (required)')]
    RESULT = 'vpnGateway'
    ROWS = rows.vpn_gateway
