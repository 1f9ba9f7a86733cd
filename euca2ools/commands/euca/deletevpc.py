from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteVpc(EC2Request):
    COMMAND = 'euca-delete-vpc'
    ACTION = 'DeleteVpc'
    DESCRIPTION = 'Delete a VPC'
    ARGS = [Arg('VpcId', metavar='VPC',
                help='ID of the VPC to delete (required)')]
