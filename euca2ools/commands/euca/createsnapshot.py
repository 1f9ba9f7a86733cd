from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CreateSnapshot(EC2Request):
    COMMAND = 'euca-create-snapshot'
    ACTION = 'CreateSnapshot'
    DESCRIPTION = 'Create a snapshot of a volume'
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
