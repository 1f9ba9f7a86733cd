from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateInternetGateway(RowsRequest):
    COMMAND = 'euca-create-internet-gateway'
    ACTION = 'CreateInternetGateway'
    DELIVERS = ('internetGateway.internetGatewayId',)
    CHECK_WITH = 'euca-describe-internet-gateways'
    DESCRIPTION = 'Create a new VPC Internet gateway'
    RESULT = 'internetGateway'
    ROWS = rows.internet_gateway
