from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateRouteTable(RowsRequest):
    COMMAND = 'euca-create-route-table'
    ACTION = 'CreateRouteTable'
    DELIVERS = ('routeTable.routeTableId',)
    CHECK_WITH = 'euca-describe-route-tables'
    DESCRIPTION = 'Create a new VPC route table'
    ARGS = [Arg('VpcId', metavar='VPC',
                help='ID of the VPC to create the route table in (required)')]
    RESULT = 'routeTable'
    ROWS = rows.route_table
