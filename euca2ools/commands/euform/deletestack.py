import argparse

from euca2ools.core import Arg
from euca2ools.commands.euform import stack_waiter
from euca2ools.commands.euform._stackname import StackRequest


class DeleteStack(StackRequest):
    COMMAND = 'euform-delete-stack'
    ACTION = 'DeleteStack'
    DESCRIPTION = 'Delete a stack'
    # DeleteStack answers nothing: the stack is the one named.  A stack
    # described by name is not found once deleted.
    WAIT = stack_waiter('DELETE_COMPLETE', failure=('DELETE_FAILED',),
                        gone='success', ids='args:StackName')
    ARGS = [Arg('--force', action='store_true', route_to=None,
                help=argparse.SUPPRESS)]   # accepted for compatibility
