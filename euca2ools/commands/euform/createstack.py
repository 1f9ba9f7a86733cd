from euca2ools.core import Arg
from euca2ools.core.argtypes import delimited_list
from euca2ools.commands.euform import (TAG_ARG, StackChangeRequest,
                                       stack_waiter, template_args)


class CreateStack(StackChangeRequest):
    COMMAND = 'euform-create-stack'
    EXAMPLES = (
        ('Create a stack from a template file',
         'euform-create-stack --template-file web.json web-stack'),
        ('Create a stack with parameters and wait until it is complete',
         'euform-create-stack --template-file web.json -p KeyName=mykey -p '
         'InstanceType=m1.small --wait web-stack'),
        ('Create a stack from a template at a URL',
         'euform-create-stack --template-url https://example.com/web.json '
         'web-stack'),
    )
    ACTION = 'CreateStack'
    DELIVERS = ('StackId',)
    CHECK_WITH = 'euform-describe-stacks'
    DESCRIPTION = 'Create a new stack'
    # Rolling back is not the end: the wait ends at a state one can act on.
    WAIT = stack_waiter('CREATE_COMPLETE', failure=(
        'CREATE_FAILED', 'ROLLBACK_COMPLETE', 'ROLLBACK_FAILED',
        'DELETE_COMPLETE', 'DELETE_FAILED'))
    ARGS = [Arg('StackName', metavar='STACK', complete=None,
                help='name of the new stack (required)'),
            template_args("the new stack's"),
            Arg('-d', '--disable-rollback', dest='DisableRollback',
                action='store_true', help='disable rollback on failure'),
            Arg('-n', '--notification-arns', dest='notification_arns',
                route_to=None, metavar='ARN[,...]',
                type=delimited_list(','), action='append',
                help='SNS ARNs to publish stack actions to (repeatable)'),
            Arg('-t', '--timeout', dest='TimeoutInMinutes', type=int,
                metavar='MINUTES', help='timeout for stack creation'),
            TAG_ARG]

    def preprocess(self):
        super().preprocess()
        arns = self.args.get('notification_arns') or []
        self.params['NotificationARNs.member'] = [a for s in arns for a in s]
