from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteNatGateway(EC2Request):
    COMMAND = 'euca-delete-nat-gateway'
    ACTION = 'DeleteNatGateway'
    DESCRIPTION = 'Delete a VPC NAT gateway'
    ARGS = [Arg('NatGatewayId', metavar='NGATEWAY',
                help='ID of the NAT gateway to delete (required)')]

    def print_result(self, result):
        self.emit(result.get('natGatewayId') or '')
