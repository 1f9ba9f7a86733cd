from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteRouteTable(EC2Request):
    COMMAND = 'euca-delete-route-table'
    ACTION = 'DeleteRouteTable'
    DESCRIPTION = 'Delete a VPC route table'
    ARGS = [Arg('RouteTableId', metavar='RTABLE',
                help='ID of the route table to delete (required)')]
