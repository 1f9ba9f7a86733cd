from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteCustomerGateway(EC2Request):
    COMMAND = 'euca-delete-customer-gateway'
    ACTION = 'DeleteCustomerGateway'
    DESCRIPTION = 'Delete a VPN customer gateway'
    ARGS = [Arg('CustomerGatewayId', metavar='CGATEWAY',
                help='ID of the customer gateway to delete (required)')]
