from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeRouteTables(RowsRequest):
    COMMAND = 'euca-describe-route-tables'
    ACTION = 'DescribeRouteTables'
    DESCRIPTION = 'Describe one or more VPC route tables'
    ARGS = [Arg('RouteTableId', metavar='RTABLE', nargs='*',
                help='limit results to specific route tables')]
    FILTERS = filters(
        'association.route-table-association-id',
        'association.route-table-id', 'association.subnet-id',
        'association.main', 'route-table-id', 'route.destination-cidr-block',
        'route.gateway-id', 'route.instance-id', 'route.nat-gateway-id',
        'route.vpc-peering-connection-id', 'route.origin', 'route.state',
        'tag-key', 'tag-value', 'tag:KEY', 'vpc-id')
    RESULT = 'routeTableSet'
    ROWS = rows.route_table
