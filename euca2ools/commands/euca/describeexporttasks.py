from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows


class DescribeExportTasks(EC2Request):
    COMMAND = 'euca-describe-export-tasks'
    ACTION = 'DescribeExportTasks'
    DESCRIPTION = 'Show information about instance export tasks'
    ARGS = [Arg('ExportTaskId', metavar='TASK', nargs='*',
                help='limit results to specific export tasks')]

    def print_result(self, result):
        for task in result.get('exportTaskSet') or []:
            self.print_rows(rows.export_task(task))
