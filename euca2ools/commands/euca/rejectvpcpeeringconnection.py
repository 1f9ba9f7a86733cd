from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class RejectVpcPeeringConnection(EC2Request):
    COMMAND = 'euca-reject-vpc-peering-connection'
    ACTION = 'RejectVpcPeeringConnection'
    DESCRIPTION = 'Reject a request for a VPC peering connection'
    ARGS = [Arg('VpcPeeringConnectionId', metavar='PEERCON',
                help='ID of the peering connection to reject (required)')]
