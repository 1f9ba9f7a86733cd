from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class ReplaceRouteTableAssociation(EC2Request):
    COMMAND = 'euca-replace-route-table-association'
    ACTION = 'ReplaceRouteTableAssociation'
    DESCRIPTION = 'Change the route table associated with a VPC subnet'
    ARGS = [Arg('AssociationId', metavar='RTBASSOC',
                help='ID of the route table association to replace '
                     '(required)'),
            Arg('-r', dest='RouteTableId', metavar='RTABLE', required=True,
                help='route table to associate with the subnet (required)')]

    def print_result(self, result):
        self.print_row('ASSOCIATION', result.get('newAssociationId'),
                       self.args['RouteTableId'])
