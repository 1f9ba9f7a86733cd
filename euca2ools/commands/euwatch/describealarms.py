from euca2ools.core import Arg
from euca2ools.commands.euwatch import CloudWatchRequest, rows, show_long


class DescribeAlarms(CloudWatchRequest):
    COMMAND = 'euwatch-describe-alarms'
    ROW_TYPES = ('ALARM', 'ALARM (--show-long)')
    EXAMPLES = (
        ('Show every alarm',
         'euwatch-describe-alarms'),
        ('Show the alarms that are firing',
         'euwatch-describe-alarms --state-value ALARM'),
        ('Show everything about the alarms whose names start with web',
         'euwatch-describe-alarms --show-long --alarm-name-prefix web'),
    )
    ACTION = 'DescribeAlarms'
    STREAM = 'MetricAlarms'
    DESCRIPTION = 'Describe alarms'
    ARGS = [Arg('AlarmNames.member', metavar='ALARM', nargs='*',
                help='limit results to specific alarms'),
            Arg('--action-prefix', dest='ActionPrefix', metavar='PREFIX',
                help="limit results to alarms whose actions' ARNs begin "
                     'with a specific string'),
            Arg('--alarm-name-prefix', dest='AlarmNamePrefix',
                metavar='PREFIX', help='limit results to alarms whose names '
                'begin with a specific string'),
            show_long("the alarms' info"),
            Arg('--state-value', dest='StateValue',
                choices=('OK', 'ALARM', 'INSUFFICIENT_DATA'),
                help='limit results to alarms in a specific state')]

    def print_result(self, result):
        for alarm in result.get('MetricAlarms') or []:
            self.print_row(*rows.alarm(alarm, self.long))
