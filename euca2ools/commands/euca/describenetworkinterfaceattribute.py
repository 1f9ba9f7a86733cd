from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.commands.euca import EC2Request, rows


class DescribeNetworkInterfaceAttribute(EC2Request):
    COMMAND = 'euca-describe-network-interface-attribute'
    ACTION = 'DescribeNetworkInterfaceAttribute'
    DESCRIPTION = 'Show an attribute of a VPC network interface'
    ARGS = [Arg('NetworkInterfaceId', metavar='INTERFACE',
                help='ID of the network interface to show info for '
                     '(required)'),
            MutuallyExclusiveArgList(
                Arg('-d', '--description', dest='Attribute',
                    action='store_const', const='description',
                    help="show the interface's description"),
                Arg('--source-dest-check', dest='Attribute',
                    action='store_const', const='sourceDestCheck',
                    help='show whether source/destination checking is '
                         'enabled'),
                Arg('--group-set', dest='Attribute', action='store_const',
                    const='groupSet', help='show the security groups the '
                    'network interface belongs to'),
                Arg('-a', '--attachment', dest='Attribute',
                    action='store_const', const='attachment',
                    help="show the interface's attachment (if any)"))
            .required()]

    def print_result(self, result):
        attribute = self.args['Attribute']
        self.print_row('NETWORKINTERFACE', result.get('networkInterfaceId'),
                       attribute)
        value = result.get(attribute)
        if attribute in ('description', 'sourceDestCheck'):
            self.print_row(attribute.upper(), (value or {}).get('value'))
        elif attribute == 'groupSet':
            for group in value or []:
                self.print_row('GROUP', group.get('groupId'),
                               group.get('groupName'))
        elif isinstance(value, dict):
            # Upstream's row has no instance ID column (and reads the
            # attachment ID from a misspelt key; this fills it in).
            self.print_row(*rows.network_interface_attachment(
                value, with_instance=False))
