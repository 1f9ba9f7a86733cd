from euca2ools.core import Arg, filters
from euca2ools.core.args import ATTACHMENT_STATES, VOLUME_STATES
from euca2ools.commands.euca import EC2Request, rows


class DescribeVolumes(EC2Request):
    COMMAND = 'euca-describe-volumes'
    EXAMPLES = (
        ('Show every volume',
         'euca-describe-volumes'),
        ('Show the volumes not attached to anything',
         'euca-describe-volumes --filter status=available'),
        ('Show the volumes attached to an instance',
         'euca-describe-volumes --filter '
         'attachment.instance-id=i-0123456789abcdef0'),
    )
    ROW_TYPES = ('VOLUME', 'ATTACHMENT (volume)', 'TAG')
    ACTION = 'DescribeVolumes'
    STREAM = 'volumeSet'
    DESCRIPTION = 'Display information about volumes'
    ARGS = [Arg('VolumeId', metavar='VOLUME', nargs='*',
                help='limit results to specific volumes')]
    FILTERS = filters(
        'attachment.attach-time', 'attachment.delete-on-termination',
        'attachment.device', 'attachment.instance-id', 'attachment.status',
        'availability-zone', 'create-time', 'size', 'snapshot-id', 'status',
        'tag-key', 'tag-value', 'tag:KEY', 'volume-id', 'volume-type',
        values={'status': VOLUME_STATES,
                'attachment.status': ATTACHMENT_STATES})

    def print_result(self, result):
        for volume in result.get('volumeSet') or []:
            self.print_rows(rows.volume(volume))
