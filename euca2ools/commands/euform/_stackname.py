"""Commands whose only argument is one stack (name or ID)."""

from euca2ools.core import Arg
from euca2ools.commands.euform import CloudFormationRequest


class StackRequest(CloudFormationRequest):
    ARGS = [Arg('StackName', metavar='STACK',
                help='name or ID of the stack (required)')]
