from euca2ools.core import LOCAL, Arg, filters
from euca2ools.core.args import SNAPSHOT_STATES
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._ownedandshared import OwnedAndSharedRequest


class DescribeSnapshots(OwnedAndSharedRequest):
    COMMAND = 'euca-describe-snapshots'
    ROW_TYPES = ('SNAPSHOT', 'TAG')
    ACTION = 'DescribeSnapshots'
    # Default: snapshots we own plus those we may restore.  Deliberate
    # departure: 3.x printed a snapshot in both answers twice.
    ITEMS = 'snapshotSet'
    SHARED_PARAM = 'RestorableBy'
    EXPLICIT = ('all', 'Owner', 'RestorableBy')
    ALL_CONFLICTS = (('Owner', 'argument -o/--owner'),
                     ('RestorableBy', 'argument -r/--restorable-by'))
    DEDUP_KEY = 'snapshotId'
    DESCRIPTION = ('Show information about snapshots\n\nBy default, only '
                   'snapshots your account owns and snapshots for which your '
                   'account has explicit restore permissions are shown.')
    ARGS = [Arg('SnapshotId', metavar='SNAPSHOT', nargs='*',
                help='limit results to specific snapshots'),
            Arg('-a', '--all', action='store_true', route_to=LOCAL,
                help='describe all snapshots'),
            Arg('-o', '--owner', dest='Owner', metavar='ACCOUNT',
                action='append',
                help='limit results to snapshots owned by specific accounts '
                     '(repeatable)'),
            Arg('-r', '--restorable-by', dest='RestorableBy',
                metavar='ACCOUNT', action='append',
                help='limit results to snapshots restorable by specific '
                     'accounts (repeatable)')]
    FILTERS = filters(
        'description', 'owner-alias', 'owner-id', 'progress', 'snapshot-id',
        'start-time', 'status', 'tag-key', 'tag-value', 'tag:KEY',
        'volume-id', 'volume-size', values={'status': SNAPSHOT_STATES})

    def print_result(self, result):
        for snapshot in result.get('snapshotSet') or []:
            self.print_rows(rows.snapshot(snapshot))
