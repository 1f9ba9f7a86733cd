from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeCustomerGateways(RowsRequest):
    COMMAND = 'euca-describe-customer-gateways'
    ACTION = 'DescribeCustomerGateways'
    DESCRIPTION = 'Show information about VPN customer gateways'
    ARGS = [Arg('CustomerGatewayId', metavar='CGATEWAY', nargs='*',
                help='limit results to specific customer gateways')]
    FILTERS = filters('bgp-asn', 'customer-gateway-id', 'ip-address',
                      'state', 'tag-key', 'tag-value', 'tag:KEY', 'type')
    RESULT = 'customerGatewaySet'
    ROWS = rows.customer_gateway
