from euca2ools.commands.euform import CloudFormationRequest, paged, rows


class ListStacks(CloudFormationRequest):
    COMMAND = 'euform-list-stacks'
    ACTION = 'ListStacks'
    DESCRIPTION = 'List all running stacks'
    PAGINATION = paged('StackSummaries')

    def print_result(self, result):
        for stack in result.get('StackSummaries') or []:
            self.print_row(*rows.stack(stack))
