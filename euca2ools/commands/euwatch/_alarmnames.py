"""Commands that take alarm names and print nothing."""

from euca2ools.core import Arg
from euca2ools.commands.euwatch import CloudWatchRequest


class AlarmNamesRequest(CloudWatchRequest):
    ARGS = [Arg('AlarmNames.member', metavar='ALARM', nargs='+',
                help='names of the alarms (required)')]
