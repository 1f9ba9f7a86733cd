from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteVpcPeeringConnection(EC2Request):
    COMMAND = 'euca-delete-vpc-peering-connection'
    ACTION = 'DeleteVpcPeeringConnection'
    DESCRIPTION = 'Delete a VPC peering connection'
    ARGS = [Arg('VpcPeeringConnectionId', metavar='PEERCON',
                help='ID of the peering connection to delete (required)')]
