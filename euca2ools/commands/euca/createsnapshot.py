from euca2ools.core import Arg, Waiter
from euca2ools.commands.euca import EC2Request


class CreateSnapshot(EC2Request):
    COMMAND = 'euca-create-snapshot'
    ACTION = 'CreateSnapshot'
    DELIVERS = ('snapshotId',)
    CHECK_WITH = 'euca-describe-snapshots'
    DESCRIPTION = 'Create a snapshot of a volume'
    WAIT = Waiter(
        'snapshot', 'euca2ools.commands.euca.describesnapshots:'
        'DescribeSnapshots', ids='snapshotId', id_param='SnapshotId',
        describe_args={'all': True}, items='snapshotSet',
        item_id='snapshotId', state='status', success=('completed',),
        failure=('error',), reason='statusMessage', detail='progress',
        not_found=('InvalidSnapshot.NotFound',))
    ARGS = [Arg('VolumeId', metavar='VOLUME',
                help='volume to create a snapshot of (required)'),
            Arg('-d', '--description', dest='Description', metavar='DESC',
                help='snapshot description')]

    def print_result(self, result):
        # Unlike euca-describe-snapshots, no progress column.
        self.print_row('SNAPSHOT', result.get('snapshotId'),
                       result.get('volumeId'), result.get('status'),
                       result.get('startTime'), result.get('ownerId'),
                       result.get('volumeSize'), result.get('description'))
