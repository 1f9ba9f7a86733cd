from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class AcceptVpcPeeringConnection(RowsRequest):
    COMMAND = 'euca-accept-vpc-peering-connection'
    ACTION = 'AcceptVpcPeeringConnection'
    DESCRIPTION = 'Accept a request for a VPC peering connection'
    ARGS = [Arg('VpcPeeringConnectionId', metavar='PEERCON',
                help='ID of the peering connection to accept (required)')]
    RESULT = 'vpcPeeringConnection'
    ROWS = rows.vpc_peering_connection
