from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class AttachNetworkInterface(EC2Request):
    COMMAND = 'euca-attach-network-interface'
    ACTION = 'AttachNetworkInterface'
    DESCRIPTION = 'Attach a VPC network interface to an instance'
    ARGS = [Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                required=True, help='instance to attach the network '
                'interface to (required)'),
            Arg('-d', '--device-index', dest='DeviceIndex', metavar='INT',
                type=int, required=True, help='device index to attach the '
                'network interface with (required)'),
            Arg('NetworkInterfaceId', metavar='INTERFACE',
                help='network interface to attach (required)')]

    def print_result(self, result):
        self.emit(result.get('attachmentId') or '')
