import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euwatch._alarmnames import AlarmNamesRequest


class DeleteAlarms(AlarmNamesRequest):
    COMMAND = 'euwatch-delete-alarms'
    ACTION = 'DeleteAlarms'
    DESCRIPTION = 'Delete alarms'
    # Upstream's hidden -f/--force, accepted and ignored.
    ARGS = [Arg('-f', '--force', action='store_true', route_to=LOCAL,
                help=argparse.SUPPRESS)]
