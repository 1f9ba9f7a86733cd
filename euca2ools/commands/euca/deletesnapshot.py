from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteSnapshot(EC2Request):
    COMMAND = 'euca-delete-snapshot'
    ACTION = 'DeleteSnapshot'
    DESCRIPTION = 'Delete a snapshot'
    ARGS = [Arg('SnapshotId', metavar='SNAPSHOT',
                help='ID of the snapshot to delete (required)')]

    def print_result(self, result):
        self.print_row('SNAPSHOT', self.args['SnapshotId'])
