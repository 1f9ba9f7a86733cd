from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteSubnet(EC2Request):
    COMMAND = 'euca-delete-subnet'
    ACTION = 'DeleteSubnet'
    DESCRIPTION = 'Delete a VPC subnet'
    ARGS = [Arg('SubnetId', metavar='SUBNET',
                help='ID of the subnet to delete (required)')]
