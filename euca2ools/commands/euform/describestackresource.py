from euca2ools.core import Arg
from euca2ools.commands.euform import rows
from euca2ools.commands.euform._stackname import StackRequest


class DescribeStackResource(StackRequest):
    COMMAND = 'euform-describe-stack-resource'
    ROW_TYPES = ('RESOURCE',)
    ACTION = 'DescribeStackResource'
    DESCRIPTION = 'Describe a resource from a particular stack'
    ARGS = [Arg('-l', '--logical-resource-id', dest='LogicalResourceId',
                metavar='RESOURCE', required=True,
                help='logical ID of the resource (required)')]

    def print_result(self, result):
        detail = result.get('StackResourceDetail')
        if isinstance(detail, dict):
            self.print_row(*rows.resource(detail))
