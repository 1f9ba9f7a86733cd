from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.bundle import rows


class CancelBundleTask(EC2Request):
    COMMAND = 'euca-cancel-bundle-task'
    ROW_TYPES = ('BUNDLE',)
    ACTION = 'CancelBundleTask'
    DESCRIPTION = 'Cancel an instance bundling operation'
    ARGS = [Arg('BundleId', metavar='TASK-ID',
                help='ID of the bundle task to cancel (required)')]

    def print_result(self, result):
        self.print_rows(rows.bundle_task(result.get('bundleInstanceTask')
                                         or {}))
