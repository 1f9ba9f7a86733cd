from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DisassociateRouteTable(EC2Request):
    COMMAND = 'euca-disassociate-route-table'
    ACTION = 'DisassociateRouteTable'
    DESCRIPTION = 'Disassociate a VPC subnet from a route table'
    ARGS = [Arg('AssociationId', metavar='RTBASSOC',
                help='ID of the route table association to remove '
                     '(required)')]
