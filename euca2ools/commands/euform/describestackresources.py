from euca2ools.core import Arg
from euca2ools.commands.euform import CloudFormationRequest, rows


class DescribeStackResources(CloudFormationRequest):
    COMMAND = 'euform-describe-stack-resources'
    ROW_TYPES = ('RESOURCE',)
    ACTION = 'DescribeStackResources'
    DESCRIPTION = 'List all of the resources in one or more stacks'
    ARGS = [Arg('-n', '--name', dest='StackName', metavar='STACK',
                help='name or ID of the stack'),
            Arg('-l', '--logical-resource-id', dest='LogicalResourceId',
                metavar='RESOURCE', help='logical ID of a resource'),
            Arg('-p', '--physical-resource-id', dest='PhysicalResourceId',
                metavar='RESOURCE', help='physical ID of a resource')]

    def print_result(self, result):
        for resource in result.get('StackResources') or []:
            self.print_row(*rows.resource(resource))
