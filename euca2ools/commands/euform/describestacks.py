from euca2ools.core import Arg
from euca2ools.core.args import show_long
from euca2ools.commands.euform import CloudFormationRequest, rows


class DescribeStacks(CloudFormationRequest):
    COMMAND = 'euform-describe-stacks'
    ROW_TYPES = ('STACK', 'STACK ID (--show-long)',
                 'NOTIFICATION ARNS (--show-long)', 'PARAMETER', 'OUTPUT')
    EXAMPLES = (
        ('Show every stack',
         'euform-describe-stacks'),
        ('Show everything about one stack',
         'euform-describe-stacks --show-long web-stack'),
    )
    ACTION = 'DescribeStacks'
    STREAM = 'Stacks'
    DESCRIPTION = 'Describe one or more stacks'
    ARGS = [Arg('StackName', metavar='STACK', nargs='?',
                help='limit results to a single stack'),
            show_long("show all of the stacks' info")]

    def print_result(self, result):
        for stack in result.get('Stacks') or []:
            self.print_row(*rows.stack(stack))
            if self.args.get('show_long'):
                for line in rows.stack_long_lines(stack):
                    self.emit(line)
            for param in stack.get('Parameters') or []:
                self.print_row(*rows.parameter(param))
            for output in stack.get('Outputs') or []:
                self.print_row(*rows.output(output))
