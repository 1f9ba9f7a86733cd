"""The CloudWatch row types, each defined once (euca2ools-output-formats.md,
section 7).  CloudWatch rows are untagged; ``long_only(long, ...)`` marks the
columns --show-long inserts in the middle of a row.
"""

import datetime

from euca2ools.core.output import as_list as _list


def long_only(long, *values):
    return values if long else ()


def dimensions(dims):
    """{Name=Value,...}, or None without dimensions."""
    shown = [f"{d.get('Name')}={d.get('Value')}" for d in _list(dims)]
    return '{' + ','.join(shown) + '}' if shown else None


def alarm(item, long=False):
    def actions(key):
        return ','.join(_list(item.get(key)))
    return [item.get('AlarmName'),
            *long_only(long, item.get('AlarmDescription')),
            item.get('StateValue'),
            *long_only(long, item.get('StateReason'),
                       item.get('StateReasonData'),
                       item.get('ActionsEnabled'), actions('OKActions')),
            actions('AlarmActions'),
            *long_only(long, actions('InsufficientDataActions')),
            item.get('Namespace'), item.get('MetricName'),
            *long_only(long, dimensions(item.get('Dimensions'))),
            item.get('Period'), item.get('Statistic'),
            *long_only(long, item.get('Unit')),
            item.get('EvaluationPeriods'), item.get('ComparisonOperator'),
            item.get('Threshold'),
            *long_only(long, item.get('AlarmArn'))]


def metric(item):
    return [item.get('MetricName'), item.get('Namespace'),
            dimensions(item.get('Dimensions'))]


def _timestamp(text):
    """'YYYY-MM-DD HH:MM:SS' for a time sent exactly as YYYY-MM-DDTHH:MM:SSZ;
    any other form (fractions of a second, offsets) as sent, as 3.x did."""
    try:
        when = datetime.datetime.strptime(text, '%Y-%m-%dT%H:%M:%SZ')
    except (TypeError, ValueError):
        return text
    return when.strftime('%Y-%m-%d %H:%M:%S')


def datapoint(point):
    return [_timestamp(point.get('Timestamp')), point.get('SampleCount'),
            point.get('Average'), point.get('Sum'), point.get('Minimum'),
            point.get('Maximum'), point.get('Unit')]


def history_item(item, long=False):
    return [item.get('AlarmName'), item.get('Timestamp'),
            item.get('HistoryItemType'), item.get('HistorySummary'),
            *long_only(long, item.get('HistoryData'))]


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS); the rows
# are untagged, so no name is a quoted tag ----------------------------------

COLUMNS = (
    ('ALARM', ['alarm name', 'state', 'alarm actions (comma-separated)',
               'namespace', 'metric name', 'period (seconds)', 'statistic',
               'evaluation periods', 'comparison operator', 'threshold']),
    ('ALARM (--show-long)', [
        'alarm name', 'description', 'state', 'state reason',
        'state reason data', 'actions enabled',
        'OK actions (comma-separated)', 'alarm actions (comma-separated)',
        'insufficient data actions (comma-separated)', 'namespace',
        'metric name', 'dimensions {name=value,...}', 'period (seconds)',
        'statistic', 'unit', 'evaluation periods', 'comparison operator',
        'threshold', 'alarm ARN']),
    ('METRIC', ['metric name', 'namespace', 'dimensions {name=value,...}']),
    ('DATAPOINT', ['timestamp (YYYY-MM-DD HH:MM:SS)', 'sample count',
                   'average', 'sum', 'minimum', 'maximum', 'unit']),
    ('ALARM HISTORY', ['alarm name', 'timestamp', 'history item type',
                       'history summary']),
    ('ALARM HISTORY (--show-long)', ['alarm name', 'timestamp',
                                     'history item type', 'history summary',
                                     'history data (JSON)']),
)
