from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeNatGateways(RowsRequest):
    COMMAND = 'euca-describe-nat-gateways'
    ACTION = 'DescribeNatGateways'
    DESCRIPTION = 'Describe one or more VPC NAT gateways'
    ARGS = [Arg('NatGatewayId', metavar='NGATEWAY', nargs='*',
                help='limit results to specific NAT gateways')]
    FILTERS = filters('nat-gateway-id', 'state', 'subnet-id', 'vpc-id',
                      'tag:KEY')
    RESULT = 'natGatewaySet'
    ROWS = rows.nat_gateway
