from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows


class DescribeConversionTasks(EC2Request):
    COMMAND = 'euca-describe-conversion-tasks'
    ACTION = 'DescribeConversionTasks'
    DESCRIPTION = 'Show information about import operations'
    ARGS = [Arg('ConversionTaskId', metavar='TASK', nargs='*',
                help='limit results to specific tasks')]

    def print_result(self, result):
        for task in result.get('conversionTasks') or []:
            self.print_rows(rows.conversion_task(task))
