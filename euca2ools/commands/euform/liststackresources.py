from euca2ools.commands.euform import rows
from euca2ools.commands.euform._stackname import StackRequest


class ListStackResources(StackRequest):
    COMMAND = 'euform-list-stack-resources'
    ROW_TYPES = ('RESOURCE',)
    ACTION = 'ListStackResources'
    DESCRIPTION = 'List all resources for a stack'

    def print_result(self, result):
        for resource in result.get('StackResourceSummaries') or []:
            self.print_row(*rows.resource(resource))
