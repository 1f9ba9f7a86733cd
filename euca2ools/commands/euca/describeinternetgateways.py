from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeInternetGateways(RowsRequest):
    COMMAND = 'euca-describe-internet-gateways'
    ACTION = 'DescribeInternetGateways'
    DESCRIPTION = 'Describe one or more VPC Internet gateways'
    ARGS = [Arg('InternetGatewayId', metavar='IGATEWAY', nargs='*',
                help='limit results to specific Internet gateways')]
    FILTERS = filters('attachment.state', 'attachment.vpc-id',
                      'internet-gateway-id', 'tag-key', 'tag-value',
                      'tag:KEY')
    RESULT = 'internetGatewaySet'
    ROWS = rows.internet_gateway
