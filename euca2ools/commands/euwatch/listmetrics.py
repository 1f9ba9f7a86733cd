from euca2ools.core import Arg
from euca2ools.commands.euwatch import (CloudWatchRequest,
                                        metric_dimensions_arg, rows)


class ListMetrics(CloudWatchRequest):
    COMMAND = 'euwatch-list-metrics'
    ROW_TYPES = ('METRIC',)
    ACTION = 'ListMetrics'
    DESCRIPTION = 'Show a list of monitoring metrics'
    ARGS = [metric_dimensions_arg(help='limit results to metrics with '
                                       'specific dimensions'),
            Arg('-m', '--metric-name', dest='MetricName', metavar='METRIC',
                help='limit results to a specific metric'),
            Arg('-n', '--namespace', dest='Namespace', metavar='NAMESPACE',
                help='limit results to metrics in a specific namespace')]

    def print_result(self, result):
        lines = [rows.metric(m) for m in result.get('Metrics') or []]
        for line in sorted(lines, key=lambda r: [f or '' for f in r]):
            self.print_row(*line)
