from euca2ools.core import Arg, UsageError
from euca2ools.commands.euform._stackname import StackRequest


class ContinueUpdateRollback(StackRequest):
    COMMAND = 'euform-continue-rollback'
    ACTION = 'ContinueUpdateRollback'
    DESCRIPTION = ('Continue rolling back a stack that has previously '
                   'failed to roll back')
    ARGS = [Arg('--skip', dest='ResourcesToSkip.member', metavar='RESOURCE',
                action='append',
                help='logical ID of a resource to skip (repeatable)'),
            Arg('--role', dest='RoleARN', metavar='ARN',
                help='ARN of an IAM role to use for the rollback')]

    def configure(self):
        super().configure()
        role = self.args.get('RoleARN')
        if role and not role.startswith('arn:'):
            raise UsageError('argument --role: ARN must begin with "arn:"')
