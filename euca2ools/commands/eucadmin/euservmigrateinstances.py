from euca2ools.commands.eucadmin import Compute, EuservRequest
from euca2ools.commands.eucadmin._migrate import MigrateMixin, migrate_args
from euca2ools.commands.eucadmin.euservmodifyservice import \
    EuservModifyService


class EuservMigrateInstances(MigrateMixin, EuservRequest):
    COMMAND = 'euserv-migrate-instances'
    ACTION = 'MigrateInstances'
    SERVICE_CLASS = Compute
    DESCRIPTION = ('Migrate one instance from its current host, or migrate '
                   'all instances from a specific host')
    ARGS = migrate_args(('-s', '--source'), ('--include-dest',),
                        'remove all instances from a specific host',
                        'also stop the source host to prevent new instances '
                        'from running on it (requires -s/--source)')
    MODIFY_SERVICE = EuservModifyService
    SOURCE_FLAG = '-s/--source'
