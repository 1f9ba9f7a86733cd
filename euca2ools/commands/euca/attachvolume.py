from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows


class AttachVolume(EC2Request):
    COMMAND = 'euca-attach-volume'
    ACTION = 'AttachVolume'
    DESCRIPTION = 'Attach an EBS volume to an instance'
    ARGS = [Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                required=True,
                help='instance to attach the volume to (required)'),
            Arg('-d', '--device', dest='Device', required=True,
                help='device name exposed to the instance (required)'),
            Arg('VolumeId', metavar='VOLUME',
                help='ID of the volume to attach (required)')]

    def print_result(self, result):
        self.print_row(*rows.attachment(result))
