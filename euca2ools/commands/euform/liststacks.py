from euca2ools.commands.euform import CloudFormationRequest, rows


class ListStacks(CloudFormationRequest):
    COMMAND = 'euform-list-stacks'
    ROW_TYPES = ('STACK',)
    ACTION = 'ListStacks'
    DESCRIPTION = 'List all running stacks'

    def print_result(self, result):
        for stack in result.get('StackSummaries') or []:
            self.print_row(*rows.stack(stack))
