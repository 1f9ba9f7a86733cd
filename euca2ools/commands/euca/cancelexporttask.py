from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CancelExportTask(EC2Request):
    COMMAND = 'euca-cancel-export-task'
    ACTION = 'CancelExportTask'
    DESCRIPTION = 'Cancel an instance export task'
    ARGS = [Arg('ExportTaskId', metavar='TASK',
                help='ID of the export task to cancel (required)')]
