from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateVpcPeeringConnection(RowsRequest):
    COMMAND = 'euca-create-vpc-peering-connection'
    ACTION = 'CreateVpcPeeringConnection'
    DESCRIPTION = ('Request a peering connection between two VPCs\n\nThe '
                   'owner of the peer VPC must accept the request to '
                   'activate the peering connection.')
    ARGS = [Arg('-c', '--vpc', dest='VpcId', metavar='VPC', required=True,
                help='the VPC to request a peering connection from '
                     '(required)'),
            Arg('-p', '--peer-vpc', dest='PeerVpcId', metavar='VPC',
                required=True,
                help='the VPC to request a peering connection to (required)'),
            Arg('-o', '--peer-owner-id', dest='PeerOwnerId', metavar='ACCOUNT',
                help="account ID of the peer VPC's owner (default: your own "
                     "account)")]
    RESULT = 'vpcPeeringConnection'
    ROWS = rows.vpc_peering_connection
