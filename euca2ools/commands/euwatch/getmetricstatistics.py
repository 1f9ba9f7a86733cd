import datetime

from euca2ools.core import Arg, UsageError
from euca2ools.core.argtypes import iso_timestamp
from euca2ools.commands.euwatch import (CloudWatchRequest, dimensions_arg,
                                        rows, statistic_list)


class GetMetricStatistics(CloudWatchRequest):
    COMMAND = 'euwatch-get-stats'
    ROW_TYPES = ('DATAPOINT',)
    ACTION = 'GetMetricStatistics'
    DESCRIPTION = "Show a metric's statistics"
    ARGS = [Arg('MetricName', metavar='METRIC',
                help='name of the metric to get statistics for (required)'),
            Arg('-n', '--namespace', dest='Namespace', required=True,
                help="the metric's namespace (required)"),
            Arg('-s', '--statistics', dest='Statistics.member',
                required=True, metavar='STAT1,STAT2,...',
                type=statistic_list,
                help='the metric statistics to show: Average, Maximum, '
                     'Minimum, SampleCount, Sum (at least 1 required)'),
            dimensions_arg('--dimensions',
                           help='the dimensions of the metric to show'),
            Arg('--start-time', dest='StartTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='earliest time to retrieve data points for (default: '
                     'one hour ago)'),
            Arg('--end-time', dest='EndTime', type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='latest time to retrieve data points for (default: '
                     'now)'),
            Arg('--period', dest='Period', metavar='SECONDS', type=int,
                default=60, help='granularity of the returned data points '
                '(a multiple of 60; default: 60)'),
            Arg('--unit', dest='Unit', help='unit the metric is reported in')]

    def configure(self):
        period = self.args.get('Period')
        if period is not None and (period <= 0 or period % 60):
            raise UsageError('argument --period: value must be a positive '
                             'multiple of 60')

    def preprocess(self):
        # The default window is the last hour up to now, rounded up to the
        # next whole second so a data point put this very second is inside.
        now = datetime.datetime.now(datetime.timezone.utc).replace(
            microsecond=0) + datetime.timedelta(seconds=1)
        if not self.params.get('StartTime'):
            self.params['StartTime'] = (now - datetime.timedelta(hours=1)) \
                .strftime('%Y-%m-%dT%H:%M:%SZ')
        if not self.params.get('EndTime'):
            self.params['EndTime'] = now.strftime('%Y-%m-%dT%H:%M:%SZ')

    def print_result(self, result):
        points = [rows.datapoint(p) for p in result.get('Datapoints') or []]
        for point in sorted(points, key=lambda r: r[0] or ''):
            self.print_row(*point)
