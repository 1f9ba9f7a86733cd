from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class ResetNetworkInterfaceAttribute(EC2Request):
    COMMAND = 'euca-reset-network-interface-attribute'
    ACTION = 'ResetNetworkInterfaceAttribute'
    DESCRIPTION = 'Reset an attribute of a VPC network interface'
    ARGS = [Arg('NetworkInterfaceId', metavar='INTERFACE',
                help='ID of the network interface to reset (required)'),
            Arg('--source-dest-check', dest='Attribute', required=True,
                action='store_const', const='sourceDestCheck',
                help='enable source/destination checking (required)')]

    def print_result(self, result):
        self.print_row(self.args['Attribute'],
                       self.args['NetworkInterfaceId'], 'RESET')
