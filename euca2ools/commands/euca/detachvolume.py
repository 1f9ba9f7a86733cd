from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows, volume_waiter


class DetachVolume(EC2Request):
    COMMAND = 'euca-detach-volume'
    ROW_TYPES = ('ATTACHMENT (volume)',)
    ACTION = 'DetachVolume'
    DESCRIPTION = 'Detach a volume from an instance'
    WAIT = volume_waiter('available')
    ARGS = [Arg('VolumeId', metavar='VOLUME',
                help='ID of the volume to detach (required)'),
            Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                help='instance to detach from'),
            Arg('-d', '--device', dest='Device', help='device name'),
            Arg('-f', '--force', dest='Force', action='store_true',
                help='detach without waiting for the instance; data may be '
                     'lost')]

    def print_result(self, result):
        self.print_row(*rows.attachment(result))
