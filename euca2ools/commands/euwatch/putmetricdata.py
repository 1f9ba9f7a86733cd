import argparse
import csv

from euca2ools.core import LOCAL, Arg, UsageError
from euca2ools.core.argtypes import iso_timestamp
from euca2ools.commands.euwatch import CloudWatchRequest, dimensions_arg

POINTS_PER_REQUEST = 20
# Attribute names for -s/--metric-datum, with their short aliases.
DATUM_KEYS = {'dim': 'Dimensions', 'metric': 'MetricName', 'max': 'Maximum',
              'min': 'Minimum', 'count': 'SampleCount', 'sum': 'Sum',
              'ts': 'Timestamp', 'unit': 'Unit', 'val': 'Value'}
STATISTIC_SET = ('Maximum', 'Minimum', 'SampleCount', 'Sum')


def _number(key, text, datum):
    try:
        return float(text)
    except ValueError:
        raise UsageError(f'argument -s/--metric-datum: {key} value in datum '
                         f'{datum!r} must be numeric')


def parse_datum(text):
    """KEY=VALUE,... (csv-quoted where a value holds ',') -> a datum."""
    if not text.strip():
        raise UsageError('argument -s/--metric-datum: value must not be '
                         'empty')
    datum = {}
    for pair in next(csv.reader([text])):
        key, sep, value = pair.partition('=')
        key = DATUM_KEYS.get(key.strip(), key.strip())
        if not sep:
            raise UsageError(f"argument -s/--metric-datum: '{pair}' in datum "
                             f"'{text}' must have form KEY=VALUE")
        if key in STATISTIC_SET:
            datum.setdefault('StatisticValues', {})[key] = \
                _number(key, value, text)
        elif key == 'Value':
            datum['Value'] = _number(key, value, text)
        elif key == 'Dimensions':
            dims = []
            for dim in value.split(','):
                name, sep, dim_value = dim.partition(':')
                if not sep or not name:
                    raise UsageError(
                        f"argument -s/--metric-datum: dimension '{dim}' in "
                        f"datum '{text}' must have form NAME:VALUE,...")
                dims.append({'Name': name, 'Value': dim_value})
            datum['Dimensions'] = dims
        elif key == 'Timestamp':
            try:
                datum[key] = iso_timestamp(value)
            except argparse.ArgumentTypeError as err:
                raise UsageError(f'argument -s/--metric-datum: {err}')
        elif key in ('MetricName', 'Unit'):
            datum[key] = value
        else:
            raise UsageError(f"argument -s/--metric-datum: datum '{text}' "
                             f"has an unknown attribute '{key}'")
    return datum


class PutMetricData(CloudWatchRequest):
    COMMAND = 'euwatch-put-data'
    ACTION = 'PutMetricData'
    DESCRIPTION = 'Add data values or statistics to a CloudWatch metric'
    EPILOG = '''\
A datum has a metric name, a simple value (-v) or a set of statistics
(Maximum, Minimum, SampleCount and Sum, with -s), and optional dimensions,
timestamp and unit.  -m, -d, -t and -u give those attributes to every datum;
-s KEY=VALUE,... sets them for one datum and takes precedence.  Attribute
names (aliases): MetricName (metric), Value (val), Maximum (max), Minimum
(min), SampleCount (count), Sum (sum), Dimensions (dim), Timestamp (ts),
Unit (unit).  In -s, dimensions are written NAME:VALUE and a value holding
"," is quoted, e.g.
    -s 'metric=Load,val=9,"dim=InstanceId:i-12345678,Volume:/dev/sda"'
At most 20 data are sent per request.'''
    ARGS = [Arg('-n', '--namespace', dest='Namespace', required=True,
                help='namespace for the new metric data (required)'),
            Arg('-v', '--value', dest='simple_values', route_to=LOCAL,
                metavar='FLOAT', type=float, action='append',
                dash_value=True,
                help='a simple value for a metric datum; each use gives a '
                     'new datum (repeatable)'),
            Arg('-s', '--metric-datum', dest='attr_values', route_to=LOCAL,
                action='append', metavar='KEY1=VALUE1,KEY2=VALUE2,...',
                help='names and values of the attributes of a metric datum '
                     '(repeatable)'),
            Arg('--statistic-values', '--statisticValues', action='append',
                dest='attr_values', route_to=LOCAL, help=argparse.SUPPRESS),
            Arg('-m', '--metric-name', route_to=LOCAL, metavar='METRIC',
                help='name of the metric to add data to'),
            dimensions_arg('-d', '--dimensions', dest='dimensions',
                           route_to=LOCAL,
                           help='dimensions to give the new metric data'),
            Arg('-t', '--timestamp', route_to=LOCAL, type=iso_timestamp,
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help='timestamp for the new metric data'),
            Arg('-u', '--unit', route_to=LOCAL, metavar='UNIT',
                help='unit in which to report the new metric data '
                     '(e.g. Bytes)')]

    def configure(self):
        args = self.args
        data = [{'Value': value} for value in args.get('simple_values') or ()]
        data += [parse_datum(text) for text in args.get('attr_values') or ()]
        if not data:
            raise UsageError('one of -v/--value or -s/--metric-datum is '
                             'required')
        for datum in data:
            self._complete(datum)
        self.data = data

    def _complete(self, datum):
        args = self.args
        for key, name in (('MetricName', 'metric_name'),
                          ('Timestamp', 'timestamp'), ('Unit', 'unit'),
                          ('Dimensions', 'dimensions')):
            if args.get(name):
                datum.setdefault(key, args[name])
        if datum.get('Dimensions'):
            datum['Dimensions'] = {'member': datum['Dimensions']}
        if not datum.get('MetricName'):
            raise UsageError('every datum needs a metric name: give '
                             '-m/--metric-name or MetricName= in '
                             '-s/--metric-datum')
        stats = datum.get('StatisticValues')
        if stats is not None:
            if 'Value' in datum:
                raise UsageError('a datum must not have both a Value and '
                                 'statistic values')
            missing = [k for k in STATISTIC_SET if k not in stats]
            if missing:
                raise UsageError('a statistic datum needs ' + ', '.join(
                    missing) + ' as well')
        elif 'Value' not in datum:
            raise UsageError('a datum needs either a Value or a Maximum, '
                             'Minimum, SampleCount and Sum')

    def main(self):
        self.preprocess()
        for start in range(0, len(self.data), POINTS_PER_REQUEST):
            chunk = self.data[start:start + POINTS_PER_REQUEST]
            self.send({**self.params, 'MetricData.member': chunk})
        return {}
