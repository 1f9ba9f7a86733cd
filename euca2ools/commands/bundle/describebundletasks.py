from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.bundle import rows


class DescribeBundleTasks(EC2Request):
    COMMAND = 'euca-describe-bundle-tasks'
    ROW_TYPES = ('BUNDLE',)
    ACTION = 'DescribeBundleTasks'
    DESCRIPTION = 'Describe current instance-bundling tasks'
    ARGS = [Arg('BundleId', metavar='BUNDLE', nargs='*',
                help='limit results to specific bundle tasks')]
    FILTERS = filters('bundle-id', 'error-code', 'error-message',
                      'instance-id', 'progress', 's3-bucket', 's3-prefix',
                      'start-time', 'state', 'update-time')
    LIST_TAGS = EC2Request.LIST_TAGS + ['bundleInstanceTasksSet']

    def print_result(self, result):
        for task in result.get('bundleInstanceTasksSet') or []:
            self.print_rows(rows.bundle_task(task))
