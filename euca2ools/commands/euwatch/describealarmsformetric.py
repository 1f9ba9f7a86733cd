import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euwatch import (STATISTICS, CloudWatchRequest,
                                        metric_dimensions_arg, rows, show_long)


class DescribeAlarmsForMetric(CloudWatchRequest):
    COMMAND = 'euwatch-describe-alarms-for-metric'
    ROW_TYPES = ('ALARM', 'ALARM (--show-long)')
    ACTION = 'DescribeAlarmsForMetric'
    DESCRIPTION = 'Describe alarms for a single metric.'
    ARGS = [Arg('--metric-name', dest='MetricName', metavar='METRIC',
                required=True,
                help='name of the metric to find alarms for (required)'),
            Arg('--namespace', dest='Namespace', metavar='NAMESPACE',
                required=True, help="the metric's namespace (required)"),
            Arg('--alarm-description', route_to=LOCAL,
                help=argparse.SUPPRESS),
            metric_dimensions_arg(help='dimensions of the metric to find '
                                       'alarms for'),
            Arg('--period', dest='Period', metavar='SECONDS', type=int,
                help="limit results to alarms with a specific period"),
            show_long("the alarms' info"),
            Arg('--statistic', dest='Statistic', metavar='STATISTIC',
                choices=STATISTICS,
                help='limit results to alarms on a specific statistic: '
                     + ', '.join(STATISTICS)),
            Arg('--unit', dest='Unit', metavar='UNIT',
                help='limit results to alarms on metrics with a specific '
                     'unit')]

    def print_result(self, result):
        for alarm in result.get('MetricAlarms') or []:
            self.print_row(*rows.alarm(alarm, self.long))
