from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteInternetGateway(EC2Request):
    COMMAND = 'euca-delete-internet-gateway'
    ACTION = 'DeleteInternetGateway'
    DESCRIPTION = 'Delete a VPC Internet gateway'
    ARGS = [Arg('InternetGatewayId', metavar='IGATEWAY',
                help='ID of the Internet gateway to delete (required)')]
