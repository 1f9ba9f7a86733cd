from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._vpc import vpc_option


class AssociateDhcpOptions(EC2Request):
    COMMAND = 'euca-associate-dhcp-options'
    ACTION = 'AssociateDhcpOptions'
    DESCRIPTION = 'Associate a DHCP option set with a VPC'
    ARGS = [Arg('DhcpOptionsId', metavar='DHCPOPTS',
                help='ID of the DHCP option set to associate, or "default" '
                     '(required)'),
            vpc_option('to associate the DHCP option set with')]

    def print_result(self, result):
        self.print_row('DHCPOPTIONS', self.args['DhcpOptionsId'],
                       self.args['VpcId'])
