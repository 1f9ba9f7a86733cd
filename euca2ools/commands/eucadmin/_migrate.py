"""euca-migrate-instances and euserv-migrate-instances: move one instance,
or every instance off a host, optionally only to (or not to) some hosts."""

from euca2ools.core import Arg, MutuallyExclusiveArgList, UsageError


def migrate_args(source_flags, include_flags, source_help, stop_help):
    """The two generations' options differ only in their names."""
    return [MutuallyExclusiveArgList(
                Arg(*source_flags, dest='SourceHost', metavar='HOST',
                    help=source_help),
                Arg('-i', '--instance', dest='InstanceId',
                    metavar='INSTANCE',
                    help='move one instance off its current host'))
            .required(),
            MutuallyExclusiveArgList(
                Arg(*include_flags, dest='include', metavar='HOST',
                    action='append', route_to=None,
                    help='allow migration only to this host (repeatable)'),
                Arg('--exclude-dest', dest='exclude', metavar='HOST',
                    action='append', route_to=None,
                    help='allow migration to any host but this one '
                         '(repeatable)')),
            Arg('--stop-source', action='store_true', route_to=None,
                help=stop_help)]


class MigrateMixin:
    """Needs args source, include, exclude, stop_source; MODIFY_SERVICE is
    the ModifyService command class of the same generation."""

    MODIFY_SERVICE = None
    STOP_FIRST = False    # eucadmin stopped the source before migrating
    SOURCE_FLAG = '--source'

    def configure(self):
        super().configure()
        if self.args.get('stop_source') and not self.args.get('SourceHost'):
            raise UsageError(f'argument --stop-source: only allowed with '
                             f'{self.SOURCE_FLAG}')

    def preprocess(self):
        include = self.args.get('include')
        exclude = self.args.get('exclude')
        if include or exclude:
            self.params['AllowHosts'] = bool(include)
            self.params['DestinationHost'] = include or exclude

    def stop_source(self):
        self.other(self.MODIFY_SERVICE, {'Name': self.args['SourceHost'],
                                         'State': 'STOP'}).main()

    def main(self):
        stop = self.args.get('stop_source')
        if stop and self.STOP_FIRST:
            self.stop_source()
        result = super().main()
        if stop and not self.STOP_FIRST:
            self.stop_source()
        return result
