from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeVpcPeeringConnections(RowsRequest):
    COMMAND = 'euca-describe-vpc-peering-connections'
    ACTION = 'DescribeVpcPeeringConnections'
    DESCRIPTION = 'Show information about VPC peering connections'
    ARGS = [Arg('VpcPeeringConnectionId', metavar='PEERCONN', nargs='*',
                help='limit results to specific peering connections')]
    FILTERS = filters(
        'accepter-vpc-info.cidr-block', 'accepter-vpc-info.owner-id',
        'accepter-vpc-info.vpc-id', 'expiration-time',
        'requester-vpc-info.cidr-block', 'requester-vpc-info.owner-id',
        'requester-vpc-info.vpc-id', 'status-code', 'tag-key', 'tag-value',
        'tag:KEY', 'vpc-peering-connection-id')
    RESULT = 'vpcPeeringConnectionSet'
    ROWS = rows.vpc_peering_connection
