import argparse

from euca2ools.core import Arg
from euca2ools.commands.euform._stackname import StackRequest


class DeleteStack(StackRequest):
    COMMAND = 'euform-delete-stack'
    ACTION = 'DeleteStack'
    DESCRIPTION = 'Delete a stack'
    ARGS = [Arg('--force', action='store_true', route_to=None,
                help=argparse.SUPPRESS)]   # accepted for compatibility
