from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DetachNetworkInterface(EC2Request):
    COMMAND = 'euca-detach-network-interface'
    ACTION = 'DetachNetworkInterface'
    DESCRIPTION = 'Detach a VPC network interface from an instance'
    ARGS = [Arg('AttachmentId', metavar='ATTACHMENT',
                help='ID of the attachment to remove (required)'),
            Arg('-f', '--force', dest='Force', action='store_true',
                help='try to force the network interface to detach')]
