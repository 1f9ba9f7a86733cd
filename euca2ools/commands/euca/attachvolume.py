from euca2ools.core import Arg, Waiter
from euca2ools.commands.euca import EC2Request, rows, volume_waiter


class _AttachedWaiter(Waiter):
    """The volume in-use, and its attachment to our instance attached."""

    def state_of(self, command, volume):
        status = volume.get('status') or ''
        if status != 'in-use':
            return status
        for att in volume.get('attachmentSet') or []:
            if att.get('instanceId') == command.args.get('InstanceId'):
                return att.get('status') or 'in-use'
        return 'in-use'      # not (yet) showing our attachment


class AttachVolume(EC2Request):
    COMMAND = 'euca-attach-volume'
    EXAMPLES = (
        ('Attach a volume to an instance as /dev/sdf',
         'euca-attach-volume -i i-0123456789abcdef0 -d /dev/sdf '
         'vol-0123456789abcdef0'),
        ('Attach a volume and wait until it is attached',
         'euca-attach-volume -i i-0123456789abcdef0 -d /dev/sdg --wait '
         'vol-0123456789abcdef0'),
    )
    ROW_TYPES = ('ATTACHMENT (volume)',)
    ACTION = 'AttachVolume'
    DESCRIPTION = 'Attach an EBS volume to an instance'
    WAIT = volume_waiter('attached', _AttachedWaiter)
    ARGS = [Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                required=True,
                help='instance to attach the volume to (required)'),
            Arg('-d', '--device', dest='Device', required=True,
                help='device name exposed to the instance (required)'),
            Arg('VolumeId', metavar='VOLUME',
                help='ID of the volume to attach (required)')]

    def print_result(self, result):
        self.print_row(*rows.attachment(result))
