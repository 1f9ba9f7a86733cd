from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateNatGateway(RowsRequest):
    COMMAND = 'euca-create-nat-gateway'
    ACTION = 'CreateNatGateway'
    DELIVERS = ('natGateway.natGatewayId',)
    CHECK_WITH = 'euca-describe-nat-gateways'
    DESCRIPTION = 'Create a new VPC NAT gateway'
    ARGS = [Arg('-s', '--subnet-id', dest='SubnetId', metavar='SUBNET',
                required=True,
                help='the subnet in which to create the NAT gateway '
                     '(required)'),
            Arg('-a', '--allocation-id', dest='AllocationId', metavar='ALLOC',
                required=True,
                help='allocation ID of the elastic IP address to associate '
                     'with the NAT gateway (required)'),
            Arg('--client-token', dest='ClientToken', metavar='TOKEN',
                help='unique identifier to ensure request idempotency')]
    RESULT = 'natGateway'
    ROWS = rows.nat_gateway
