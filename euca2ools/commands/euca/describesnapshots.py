from euca2ools.core import LOCAL, Arg, UsageError, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeSnapshots(EC2Request):
    COMMAND = 'euca-describe-snapshots'
    ACTION = 'DescribeSnapshots'
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
        'volume-id', 'volume-size')

    def configure(self):
        if self.args.get('all'):
            for dest, flag in (('Owner', '-o/--owner'),
                               ('RestorableBy', '-r/--restorable-by')):
                if self.args.get(dest):
                    raise UsageError(f'argument -a/--all: not allowed with '
                                     f'argument {flag}')

    def main(self):
        self.preprocess()
        if any(self.args.get(key) for key in
               ('all', 'Owner', 'RestorableBy')):
            return self.send()
        # Default: snapshots we own plus those we may restore.  Deliberate
        # departure: 3.x printed a snapshot in both answers twice (its
        # describe-images de-duplicates the same way).
        owned = self.send({**self.params, 'Owner': ['self']})
        restorable = self.send({**self.params, 'RestorableBy': ['self']})
        seen = {s.get('snapshotId') for s in owned.get('snapshotSet') or []}
        owned['snapshotSet'] = (owned.get('snapshotSet') or []) + [
            s for s in restorable.get('snapshotSet') or []
            if s.get('snapshotId') not in seen]
        return owned

    def print_result(self, result):
        for snapshot in result.get('snapshotSet') or []:
            self.print_rows(rows.snapshot(snapshot))
