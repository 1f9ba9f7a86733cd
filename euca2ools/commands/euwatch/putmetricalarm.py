from euca2ools.core import Arg
from euca2ools.core.argtypes import delimited_list
from euca2ools.commands.euwatch import (STATISTICS, CloudWatchRequest,
                                        metric_dimensions_arg)


def _actions(flag, dest, help):
    return Arg(flag, dest=dest, metavar='ARN1,ARN2,...',
               type=delimited_list(','), help=help)


class PutMetricAlarm(CloudWatchRequest):
    COMMAND = 'euwatch-put-metric-alarm'
    EXAMPLES = (
        ('Alarm when the average CPU use of an instance stays above 80% for '
         '10 minutes',
         'euwatch-put-metric-alarm --metric-name CPUUtilization --namespace '
         'AWS/EC2 --statistic Average --period 300 --evaluation-periods 2 '
         '--threshold 80 --comparison-operator GreaterThanThreshold -d '
         'InstanceId=i-0123456789abcdef0 cpu-high'),
        ('Notify an SNS topic when a load balancer answers slowly',
         'euwatch-put-metric-alarm --metric-name Latency --namespace '
         'AWS/ELB --statistic Average --period 60 --evaluation-periods 5 '
         '--threshold 1.5 --comparison-operator GreaterThanThreshold -d '
         'LoadBalancerName=web-lb --alarm-actions '
         'arn:aws:sns:us-east-1:123456789012:ops web-lb-slow'),
    )
    ACTION = 'PutMetricAlarm'
    DESCRIPTION = 'Create or update an alarm'
    ARGS = [
        Arg('AlarmName', metavar='ALARM',
            help='name of the alarm to create or update (required)'),
        Arg('--comparison-operator', dest='ComparisonOperator',
            required=True,
            metavar='OPERATOR',
            choices=('GreaterThanOrEqualToThreshold', 'GreaterThanThreshold',
                     'LessThanThreshold', 'LessThanOrEqualToThreshold'),
            help='arithmetic operator with which the comparison with the '
                 'threshold will be made: GreaterThanOrEqualToThreshold, '
                 'GreaterThanThreshold, LessThanThreshold or '
                 'LessThanOrEqualToThreshold (required)'),
        Arg('--evaluation-periods', dest='EvaluationPeriods', type=int,
            metavar='COUNT', required=True,
            help='number of consecutive periods for which the value of the '
                 'metric needs to be compared to the threshold (required)'),
        Arg('--metric-name', dest='MetricName', metavar='METRIC',
            required=True, help="name for the alarm's associated metric "
            '(required)'),
        Arg('--namespace', dest='Namespace', metavar='NAMESPACE',
            required=True,
            help="namespace for the alarm's associated metric (required)"),
        Arg('--period', dest='Period', metavar='SECONDS', type=int,
            required=True, help='period over which the specified statistic '
            'is applied (required)'),
        Arg('--statistic', dest='Statistic', required=True,
            metavar='STATISTIC', choices=STATISTICS,
            help="statistic of the alarm's associated metric: "
                 + ', '.join(STATISTICS) + ' (required)'),
        Arg('--threshold', dest='Threshold', metavar='FLOAT', type=float,
            required=True, dash_value=True,
            help='value to compare the statistic against (required)'),
        Arg('--actions-enabled', dest='ActionsEnabled',
            choices=('true', 'false'), help='whether this alarm\'s actions '
            'should be executed when it changes state'),
        _actions('--alarm-actions', 'AlarmActions.member',
                 'ARNs of SNS topics to publish to when the alarm changes '
                 'to the ALARM state'),
        Arg('--alarm-description', dest='AlarmDescription',
            metavar='DESCRIPTION', help='description of the alarm'),
        metric_dimensions_arg(help="dimensions for the alarm's associated "
                                   'metric'),
        _actions('--insufficient-data-actions',
                 'InsufficientDataActions.member',
                 'ARNs of SNS topics to publish to when the alarm changes '
                 'to the INSUFFICIENT_DATA state'),
        _actions('--ok-actions', 'OKActions.member',
                 'ARNs of SNS topics to publish to when the alarm changes '
                 'to the OK state'),
        Arg('--unit', dest='Unit', metavar='UNIT',
            help="unit for the alarm's associated metric")]
