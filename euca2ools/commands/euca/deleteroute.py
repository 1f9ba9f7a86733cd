from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteRoute(EC2Request):
    COMMAND = 'euca-delete-route'
    ACTION = 'DeleteRoute'
    DESCRIPTION = 'Delete a route from a VPC route table'
    ARGS = [Arg('RouteTableId', metavar='RTABLE',
                help='ID of the table to remove the route from (required)'),
            Arg('-r', '--cidr', dest='DestinationCidrBlock',
                metavar='DESTINATIONCIDRBLOCK', required=True,
                help='CIDR address block of the route to delete (required)')]
