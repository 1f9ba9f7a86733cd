from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateCustomerGateway(RowsRequest):
    COMMAND = 'euca-create-customer-gateway'
    ACTION = 'CreateCustomerGateway'
    DESCRIPTION = ('Create a VPN customer gateway\n\nThis is the external '
                   'side of a VPN connection.  You will also need a virtual '
                   'private gateway (euca-create-vpn-gateway).')
    ARGS = [Arg('-t', '--type', dest='Type', metavar='ipsec.1', required=True,
                choices=('ipsec.1',),
                help='the type of VPN connection to use (required)'),
            Arg('-i', '--ip', dest='IpAddress', metavar='ADDRESS',
                required=True, help="the new customer gateway's "
                "Internet-routable IP address (required)"),
            Arg('-b', '--bgp-asn', dest='BgpAsn', metavar='ASN', type=int,
                help="the new customer gateway's BGP AS number")]
    RESULT = 'customerGateway'
    ROWS = rows.customer_gateway
