from euca2ools.commands.euform import rows
from euca2ools.commands.euform._stackname import StackRequest


class DescribeStackEvents(StackRequest):
    COMMAND = 'euform-describe-stack-events'
    ROW_TYPES = ('EVENT',)
    ACTION = 'DescribeStackEvents'
    STREAM = 'StackEvents'
    DESCRIPTION = 'Describe events that occurred in a stack'

    def print_result(self, result):
        for event in result.get('StackEvents') or []:
            self.print_row(*rows.event(event))
