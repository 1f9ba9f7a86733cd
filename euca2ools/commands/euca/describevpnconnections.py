from euca2ools.core import Arg, filters
from euca2ools.commands.euca._vpc import VpnConnectionRequest


class DescribeVpnConnections(VpnConnectionRequest):
    COMMAND = 'euca-describe-vpn-connections'
    ACTION = 'DescribeVpnConnections'
    DESCRIPTION = ('Show information about VPN connections\n\nThe '
                   'connection information is shown only with --format or '
                   '--stylesheet.')
    ARGS = [Arg('VpnConnectionId', metavar='VPNCONN', nargs='*',
                help='limit results to specific VPN connections')]
    FILTERS = filters(
        'bgp-asn', 'customer-gateway-configuration', 'customer-gateway-id',
        'state', 'option.static-routes-only', 'route.destination-cidr-block',
        'tag-key', 'tag-value', 'tag:KEY', 'type', 'vpn-connection-id',
        'vpn-gateway-id')
