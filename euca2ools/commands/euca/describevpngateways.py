from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeVpnGateways(RowsRequest):
    COMMAND = 'euca-describe-vpn-gateways'
    ACTION = 'DescribeVpnGateways'
    DESCRIPTION = 'Show information about virtual private gateways'
    ARGS = [Arg('VpnGatewayId', metavar='VGATEWAY', nargs='*',
                help='limit results to specific virtual private gateways')]
    FILTERS = filters('attachment.state', 'attachment.vpc-id',
                      'availability-zone', 'tag-key', 'tag-value', 'tag:KEY',
                      'type', 'vpn-gateway-id')
    RESULT = 'vpnGatewaySet'
    ROWS = rows.vpn_gateway
