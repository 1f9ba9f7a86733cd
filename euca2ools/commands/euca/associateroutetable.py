from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class AssociateRouteTable(EC2Request):
    COMMAND = 'euca-associate-route-table'
    ACTION = 'AssociateRouteTable'
    DESCRIPTION = 'Associate a VPC route table with a subnet'
    ARGS = [Arg('RouteTableId', metavar='RTABLE',
                help='ID of the route table to associate (required)'),
            Arg('-s', '--subnet', dest='SubnetId', metavar='SUBNET',
                required=True, help='ID of the subnet to associate the '
                'route table with (required)')]

    def print_result(self, result):
        self.print_row('ASSOCIATION', result.get('associationId'),
                       self.args['RouteTableId'], self.args['SubnetId'])
