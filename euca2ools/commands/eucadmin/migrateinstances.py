from euca2ools.commands.eucadmin import EucadminRequest, LegacyCompute
from euca2ools.commands.eucadmin._migrate import MigrateMixin, migrate_args
from euca2ools.commands.eucadmin.modifyservice import ModifyService


class MigrateInstances(MigrateMixin, EucadminRequest):
    COMMAND = 'euca-migrate-instances'
    ACTION = 'MigrateInstances'
    SERVICE_CLASS = LegacyCompute
    DESCRIPTION = ('Migrate one instance from its current host, or every '
                   'instance off a host')
    ARGS = migrate_args(('--source',), ('--dest',),
                        'move every instance off this host',
                        'first stop the source host so no new instances run '
                        'on it (requires --source)')
    MODIFY_SERVICE = ModifyService
    STOP_FIRST = True
    FAILURE = 'failed to start migration'
