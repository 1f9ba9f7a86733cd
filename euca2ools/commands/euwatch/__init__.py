"""CloudWatch (euwatch-*): the service, the base request and shared args."""

import argparse

from euca2ools.core.args import show_long as core_show_long
from euca2ools.core import Arg, BaseService, QueryRequest
from euca2ools.core.argtypes import delimited_list

STATISTICS = ('Average', 'Maximum', 'Minimum', 'SampleCount', 'Sum')


class CloudWatch(BaseService):
    NAME = 'monitoring'
    DESCRIPTION = 'Instance monitoring service'
    API_VERSION = '2010-08-01'
    TYPES = 'cloudwatch'
    URL_ENVVARS = ('AWS_CLOUDWATCH_URL', 'AWS_ENDPOINT_URL_CLOUDWATCH')
    AWS_SERVICE_ID = 'CLOUDWATCH'


# Response elements that are lists even when empty or holding one item.
CLOUDWATCH_LIST_TAGS = [
    'MetricAlarms', 'AlarmActions', 'OKActions', 'InsufficientDataActions',
    'Dimensions', 'Metrics', 'Datapoints', 'AlarmHistoryItems',
]


class CloudWatchRequest(QueryRequest):
    SERVICE_CLASS = CloudWatch
    LIST_TAGS = CLOUDWATCH_LIST_TAGS

    @property
    def long(self):
        return bool(self.args.get('show_long'))


def dimension(text):
    """NAME=VALUE -> {Name, Value}."""
    name, sep, value = text.partition('=')
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            f'dimension {text!r} must have form NAME=VALUE')
    return {'Name': name.strip(), 'Value': value}


def dimensions_arg(*flags, help, dest='Dimensions.member', **kwargs):
    return Arg(*flags, dest=dest, metavar='KEY1=VALUE1,KEY2=VALUE2,...',
               type=delimited_list(',', item_type=dimension), help=help,
               **kwargs)


def metric_dimensions_arg(help):
    """-d/--dimensions of the commands that name one metric or a set of
    them (put-metric-alarm, describe-alarms-for-metric, list-metrics): one
    declaration, so the flag works the same in each."""
    return dimensions_arg('-d', '--dimensions', help=help)


def statistic_list(text):
    stats = delimited_list(',')(text)
    unknown = [s for s in stats if s not in STATISTICS]
    if unknown or not stats:
        raise argparse.ArgumentTypeError(
            f'statistics must be one or more of {", ".join(STATISTICS)}'
            + (f' (not {", ".join(unknown)})' if unknown else ''))
    return stats


def show_long(what):
    return core_show_long(f'show all of {what}')
