from euca2ools.core import Arg
from euca2ools.core.argtypes import flexible_bool
from euca2ools.commands.euca import EC2Request


class ModifySubnetAttribute(EC2Request):
    COMMAND = 'euca-modify-subnet-attribute'
    ACTION = 'ModifySubnetAttribute'
    DESCRIPTION = 'Modify an attribute of a subnet'
    ARGS = [Arg('SubnetId', metavar='SUBNET',
                help='ID of the subnet to modify (required)'),
            Arg('-m', '--map-public-ip-on-launch', required=True,
                dest='MapPublicIpOnLaunch.Value', metavar='(true|false)',
                type=flexible_bool,
                help='whether instances launched in the subnet get a '
                     'public IP address by default (required)')]
