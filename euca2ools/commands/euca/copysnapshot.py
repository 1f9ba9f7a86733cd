from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CopySnapshot(EC2Request):
    COMMAND = 'euca-copy-snapshot'
    ACTION = 'CopySnapshot'
    DELIVERS = ('snapshotId',)
    CHECK_WITH = 'euca-describe-snapshots'
    DESCRIPTION = ('Copy a snapshot from another region\n\nRun this command '
                   'against the destination region, not the source region.')
    ARGS = [Arg('-r', '--source-region', dest='SourceRegion',
                metavar='REGION', required=True,
                help='name of the region to copy the snapshot from '
                     '(required)'),
            Arg('-s', '--source-snapshot-id', dest='SourceSnapshotId',
                metavar='SNAPSHOT', required=True,
                help='ID of the snapshot to copy (required)'),
            Arg('-d', '--description', dest='Description', metavar='DESC',
                help='description for the new copy of the snapshot')]

    def print_result(self, result):
        self.print_row('SNAPSHOT', result.get('snapshotId'))
