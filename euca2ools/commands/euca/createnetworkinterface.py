from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest, secondary_address_args


class CreateNetworkInterface(RowsRequest):
    COMMAND = 'euca-create-network-interface'
    ACTION = 'CreateNetworkInterface'
    DELIVERS = ('networkInterface.networkInterfaceId',)
    CHECK_WITH = 'euca-describe-network-interfaces'
    DESCRIPTION = 'Create a new VPC network interface'
    ARGS = [Arg('SubnetId', metavar='SUBNET',
                help='subnet to create the network interface in (required)'),
            Arg('-d', '--description', dest='Description', metavar='DESC',
                help='description for the new network interface'),
            Arg('-g', '--group', dest='SecurityGroupId', metavar='GROUP',
                complete='security-group-id',
                action='append',
                help='ID of a security group to add the network interface '
                     'to (repeatable)'),
            Arg('--private-ip-address', metavar='ADDRESS', route_to=LOCAL,
                help='the primary private IP address of the network '
                     'interface'),
            MutuallyExclusiveArgList(*secondary_address_args(
                'secondary_address', 'assign', route_to=LOCAL))]
    RESULT = 'networkInterface'
    ROWS = rows.network_interface

    def preprocess(self):
        addresses = []
        if self.args.get('private_ip_address'):
            addresses.append({'PrivateIpAddress':
                              self.args['private_ip_address'],
                              'Primary': True})
        for address in self.args.get('secondary_address') or []:
            addresses.append({'PrivateIpAddress': address, 'Primary': False})
        self.params['PrivateIpAddresses'] = addresses
