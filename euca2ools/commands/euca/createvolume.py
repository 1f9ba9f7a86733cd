from euca2ools.core import Arg, UsageError
from euca2ools.commands.euca import EC2Request, volume_waiter


class CreateVolume(EC2Request):
    COMMAND = 'euca-create-volume'
    EXAMPLES = (
        ('Create a 10 GiB volume',
         'euca-create-volume -z us-east-1a -s 10'),
        ('Create a volume from a snapshot and wait until it is available',
         'euca-create-volume -z us-east-1a --snapshot '
         'snap-0123456789abcdef0 --wait'),
        ('Create a provisioned-IOPS volume',
         'euca-create-volume -z us-east-1a -s 100 -t io1 -i 1000'),
    )
    ACTION = 'CreateVolume'
    DELIVERS = ('volumeId',)
    CHECK_WITH = 'euca-describe-volumes'
    DESCRIPTION = 'Create a new volume'
    WAIT = volume_waiter('available', ids='volumeId')
    ARGS = [Arg('-z', '--availability-zone', dest='AvailabilityZone',
                metavar='ZONE', required=True,
                help='availability zone in which to create the new volume '
                     '(required)'),
            Arg('-s', '--size', dest='Size', metavar='GiB', type=int,
                help='size of the new volume in GiB (required unless '
                     '--snapshot is used)'),
            Arg('--snapshot', dest='SnapshotId', metavar='SNAPSHOT',
                help='snapshot from which to create the new volume'),
            Arg('-t', '--type', dest='VolumeType', metavar='VOLTYPE',
                help='volume type'),
            Arg('-i', '--iops', dest='Iops', type=int,
                help='number of I/O operations per second')]

    def configure(self):
        if not self.args.get('Size') and not self.args.get('SnapshotId'):
            raise UsageError('-s/--size or --snapshot must be specified')
        if self.args.get('Size') is not None and self.args['Size'] < 1:
            raise UsageError('argument -s/--size: must be at least 1 GiB')
        if self.args.get('Iops'):
            if not self.args.get('VolumeType'):
                raise UsageError('argument -i/--iops: -t/--type is required')
            if self.args['VolumeType'] == 'standard':
                raise UsageError('argument -i/--iops: not allowed with '
                                 'volume type "standard"')

    def print_result(self, result):
        self.print_row('VOLUME', result.get('volumeId'), result.get('size'),
                       result.get('snapshotId'),
                       result.get('availabilityZone'), result.get('status'),
                       result.get('createTime'))
