from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CancelConversionTask(EC2Request):
    COMMAND = 'euca-cancel-conversion-task'
    ACTION = 'CancelConversionTask'
    DESCRIPTION = 'Cancel an import task'
    ARGS = [Arg('ConversionTaskId', metavar='TASK-ID',
                help='ID of the import task to cancel (required)')]
