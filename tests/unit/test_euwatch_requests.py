"""What every euwatch-* command sends and prints, in-process with `responses`.

Responses are shaped like AWS's own (2010-08-01 API), including
DescribeAlarmHistory, which moto lacks.
"""

import datetime

import pytest
import responses

from tests.conftest import ENTRY_POINTS
from tests.query_helpers import members, query_xml
from tests.unit.request_cases import Family, command

URL = 'http://cloud.test/'
NS = 'http://monitoring.amazonaws.com/doc/2010-08-01/'
POLICY = 'arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:p1'
ALARM_ARN = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cpu-high'


def aws_xml(action, result=''):
    return query_xml(NS, action, result)


CLOUDWATCH = Family(aws_xml, '2010-08-01', exact=True)
sent = CLOUDWATCH.sent


ALARM = f'''<MetricAlarms><member>
  <AlarmName>cpu-high</AlarmName><AlarmArn>{ALARM_ARN}</AlarmArn>
  <AlarmDescription>scale out</AlarmDescription>
  <StateValue>ALARM</StateValue><StateReason>testing</StateReason>
  <StateReasonData>{{"a": 1}}</StateReasonData>
  <ActionsEnabled>true</ActionsEnabled>
  <OKActions/><AlarmActions>{members(POLICY, 'arn:sns:t')}</AlarmActions>
  <InsufficientDataActions>{members('arn:sns:i')}</InsufficientDataActions>
  <Namespace>AWS/EC2</Namespace><MetricName>CPUUtilization</MetricName>
  <Dimensions><member><Name>AutoScalingGroupName</Name><Value>web</Value>
    </member><member><Name>Tier</Name><Value>front</Value></member>
  </Dimensions>
  <Period>60</Period><Statistic>Average</Statistic><Unit>Percent</Unit>
  <EvaluationPeriods>2</EvaluationPeriods>
  <ComparisonOperator>GreaterThanThreshold</ComparisonOperator>
  <Threshold>80.0</Threshold>
</member></MetricAlarms>'''
ALARM_ROW = (f'cpu-high\tALARM\t{POLICY},arn:sns:t\tAWS/EC2\tCPUUtilization\t'
             '60\tAverage\t2\tGreaterThanThreshold\t80.0\n')
ALARM_LONG_ROW = (
    'cpu-high\tscale out\tALARM\ttesting\t{"a": 1}\ttrue\t\t'
    f'{POLICY},arn:sns:t\tarn:sns:i\tAWS/EC2\tCPUUtilization\t'
    '{AutoScalingGroupName=web,Tier=front}\t60\tAverage\tPercent\t2\t'
    f'GreaterThanThreshold\t80.0\t{ALARM_ARN}\n')

HISTORY = '''<AlarmHistoryItems>
  <member><AlarmName>cpu-high</AlarmName>
    <Timestamp>2013-05-06T17:48:00.123Z</Timestamp>
    <HistoryItemType>StateUpdate</HistoryItemType>
    <HistorySummary>Alarm updated from OK to ALARM</HistorySummary>
    <HistoryData>{"version":"1.0"}</HistoryData></member>
</AlarmHistoryItems>'''

# (argv, response body inside <ActionResult>, the parameters sent, stdout)
CASES = {
    'euwatch-delete-alarms': (
        ['a1', 'a2', '-f'], '', {'Action': 'DeleteAlarms',
                                 'AlarmNames.member.1': 'a1',
                                 'AlarmNames.member.2': 'a2'}, ''),
    'euwatch-enable-alarm-actions': (
        ['a1'], '', {'Action': 'EnableAlarmActions',
                     'AlarmNames.member.1': 'a1'}, ''),
    'euwatch-disable-alarm-actions': (
        ['a1', 'a2'], '', {'Action': 'DisableAlarmActions',
                           'AlarmNames.member.1': 'a1',
                           'AlarmNames.member.2': 'a2'}, ''),
    'euwatch-describe-alarms': (
        ['cpu-high', '--action-prefix', 'arn:aws:autoscaling',
         '--alarm-name-prefix', 'cpu', '--state-value', 'ALARM'], ALARM,
        {'Action': 'DescribeAlarms', 'AlarmNames.member.1': 'cpu-high',
         'ActionPrefix': 'arn:aws:autoscaling', 'AlarmNamePrefix': 'cpu',
         'StateValue': 'ALARM'}, ALARM_ROW),
    'euwatch-describe-alarms-for-metric': (
        ['--metric-name', 'CPUUtilization', '--namespace', 'AWS/EC2',
         '--dimensions', 'AutoScalingGroupName=web,Tier=front', '--period',
         '60', '--statistic', 'Average', '--unit', 'Percent',
         '--alarm-description', 'ignored'], ALARM,
        {'Action': 'DescribeAlarmsForMetric', 'MetricName': 'CPUUtilization',
         'Namespace': 'AWS/EC2',
         'Dimensions.member.1.Name': 'AutoScalingGroupName',
         'Dimensions.member.1.Value': 'web',
         'Dimensions.member.2.Name': 'Tier',
         'Dimensions.member.2.Value': 'front', 'Period': '60',
         'Statistic': 'Average', 'Unit': 'Percent'}, ALARM_ROW),
    'euwatch-describe-alarm-history': (
        ['cpu-high', '--start-date', '2013-05-06T00:00:00Z', '--end-date',
         '2013-05-07T01:00:00+01:00', '--history-item-type', 'StateUpdate'],
        HISTORY,
        {'Action': 'DescribeAlarmHistory', 'AlarmName': 'cpu-high',
         'StartDate': '2013-05-06T00:00:00Z',
         'EndDate': '2013-05-07T00:00:00Z', 'HistoryItemType': 'StateUpdate'},
        'cpu-high\t2013-05-06T17:48:00.123Z\tStateUpdate\t'
        'Alarm updated from OK to ALARM\n'),
    'euwatch-list-metrics': (
        ['-n', 'MyApp', '-m', 'Load', '-d', 'Host=a'],
        '<Metrics><member><MetricName>Load</MetricName><Namespace>MyApp'
        '</Namespace><Dimensions><member><Name>Host</Name><Value>b</Value>'
        '</member></Dimensions></member><member><MetricName>Load</MetricName>'
        '<Namespace>MyApp</Namespace><Dimensions/></member><member>'
        '<MetricName>Load</MetricName><Namespace>MyApp</Namespace>'
        '<Dimensions><member><Name>Host</Name><Value>a</Value></member>'
        '<member><Name>Tier</Name><Value>web</Value></member></Dimensions>'
        '</member></Metrics>',
        {'Action': 'ListMetrics', 'Namespace': 'MyApp', 'MetricName': 'Load',
         'Dimensions.member.1.Name': 'Host',
         'Dimensions.member.1.Value': 'a'},
        'Load\tMyApp\t\nLoad\tMyApp\t{Host=a,Tier=web}\n'
        'Load\tMyApp\t{Host=b}\n'),
    'euwatch-get-stats': (
        ['CPUUtilization', '-n', 'AWS/EC2', '-s', 'Average,Maximum',
         '--dimensions', 'InstanceId=i-1', '--start-time',
         '2013-05-06T10:00:00Z', '--end-time', '2013-05-06T11:00:00Z',
         '--period', '300', '--unit', 'Percent'],
        '<Datapoints><member><Timestamp>2013-05-06T10:05:00Z</Timestamp>'
        '<Average>20.5</Average><Maximum>40.0</Maximum><Unit>Percent</Unit>'
        '</member><member><Timestamp>2013-05-06T10:00:00Z</Timestamp>'
        '<Average>10.0</Average><Maximum>15.0</Maximum><Unit>Percent</Unit>'
        '</member></Datapoints><Label>CPUUtilization</Label>',
        {'Action': 'GetMetricStatistics', 'MetricName': 'CPUUtilization',
         'Namespace': 'AWS/EC2', 'Statistics.member.1': 'Average',
         'Statistics.member.2': 'Maximum',
         'Dimensions.member.1.Name': 'InstanceId',
         'Dimensions.member.1.Value': 'i-1',
         'StartTime': '2013-05-06T10:00:00Z',
         'EndTime': '2013-05-06T11:00:00Z', 'Period': '300',
         'Unit': 'Percent'},
        '2013-05-06 10:00:00\t\t10.0\t\t\t15.0\tPercent\n'
        '2013-05-06 10:05:00\t\t20.5\t\t\t40.0\tPercent\n'),
    'euwatch-put-data': (
        ['-n', 'MyApp', '-m', 'Load', '-v', '1.5', '-v', '-2', '-d',
         'Host=a', '-u', 'Count', '-t', '2013-05-06T10:00:00Z', '-s',
         'metric=Latency,max=9,min=1,count=3,sum=12,"dim=Host:b,Tier:web"'],
        '',
        {'Action': 'PutMetricData', 'Namespace': 'MyApp',
         'MetricData.member.1.MetricName': 'Load',
         'MetricData.member.1.Value': '1.5',
         'MetricData.member.1.Unit': 'Count',
         'MetricData.member.1.Timestamp': '2013-05-06T10:00:00Z',
         'MetricData.member.1.Dimensions.member.1.Name': 'Host',
         'MetricData.member.1.Dimensions.member.1.Value': 'a',
         'MetricData.member.2.MetricName': 'Load',
         'MetricData.member.2.Value': '-2.0',
         'MetricData.member.2.Unit': 'Count',
         'MetricData.member.2.Timestamp': '2013-05-06T10:00:00Z',
         'MetricData.member.2.Dimensions.member.1.Name': 'Host',
         'MetricData.member.2.Dimensions.member.1.Value': 'a',
         'MetricData.member.3.MetricName': 'Latency',
         'MetricData.member.3.StatisticValues.Maximum': '9.0',
         'MetricData.member.3.StatisticValues.Minimum': '1.0',
         'MetricData.member.3.StatisticValues.SampleCount': '3.0',
         'MetricData.member.3.StatisticValues.Sum': '12.0',
         'MetricData.member.3.Unit': 'Count',
         'MetricData.member.3.Timestamp': '2013-05-06T10:00:00Z',
         'MetricData.member.3.Dimensions.member.1.Name': 'Host',
         'MetricData.member.3.Dimensions.member.1.Value': 'b',
         'MetricData.member.3.Dimensions.member.2.Name': 'Tier',
         'MetricData.member.3.Dimensions.member.2.Value': 'web'}, ''),
    'euwatch-put-metric-alarm': (
        ['cpu-high', '--metric-name', 'CPUUtilization', '--namespace',
         'AWS/EC2', '--statistic', 'Average', '--period', '60',
         '--threshold', '80', '--comparison-operator',
         'GreaterThanThreshold', '--evaluation-periods', '2',
         '--alarm-actions', f'{POLICY},arn:sns:t', '--ok-actions',
         'arn:sns:o', '--insufficient-data-actions', 'arn:sns:i',
         '--actions-enabled', 'false', '--alarm-description', 'scale out',
         '-d', 'AutoScalingGroupName=web', '--unit', 'Percent'], '',
        {'Action': 'PutMetricAlarm', 'AlarmName': 'cpu-high',
         'MetricName': 'CPUUtilization', 'Namespace': 'AWS/EC2',
         'Statistic': 'Average', 'Period': '60', 'Threshold': '80.0',
         'ComparisonOperator': 'GreaterThanThreshold',
         'EvaluationPeriods': '2', 'AlarmActions.member.1': POLICY,
         'AlarmActions.member.2': 'arn:sns:t',
         'OKActions.member.1': 'arn:sns:o',
         'InsufficientDataActions.member.1': 'arn:sns:i',
         'ActionsEnabled': 'false', 'AlarmDescription': 'scale out',
         'Dimensions.member.1.Name': 'AutoScalingGroupName',
         'Dimensions.member.1.Value': 'web', 'Unit': 'Percent'}, ''),
    'euwatch-set-alarm-state': (
        ['cpu-high', '--state-value', 'OK', '--state-reason', 'manual',
         '--state-reason-data', '{"k": 1}'], '',
        {'Action': 'SetAlarmState', 'AlarmName': 'cpu-high',
         'StateValue': 'OK', 'StateReason': 'manual',
         'StateReasonData': '{"k": 1}'}, ''),
}


def test_every_euwatch_command_has_a_case():
    names = {n for n in ENTRY_POINTS if n.startswith('euwatch-')}
    assert len(names) == 11
    assert names == set(CASES)


test_request_and_rows = CLOUDWATCH.table_test(CASES)


@responses.activate
@pytest.mark.parametrize('name, extra', [
    ('euwatch-describe-alarms', []),
    ('euwatch-describe-alarms-for-metric',
     ['--metric-name', 'CPUUtilization', '--namespace', 'AWS/EC2'])])
def test_alarm_rows_show_long(name, extra, inprocess):
    cls = command(name)
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION, ALARM))
    code, out, err = inprocess(cls, extra + ['--show-long'])
    assert (code, out) == (0, ALARM_LONG_ROW)


@responses.activate
def test_alarm_history_show_long_and_pages(inprocess):
    cls = command('euwatch-describe-alarm-history')
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, HISTORY + '<NextToken>t2</NextToken>'))
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, HISTORY.replace('cpu-high', 'cpu-low')))
    code, out, err = inprocess(cls, ['--show-long'])
    assert code == 0
    assert out == ('cpu-high\t2013-05-06T17:48:00.123Z\tStateUpdate\t'
                   'Alarm updated from OK to ALARM\t{"version":"1.0"}\n'
                   'cpu-low\t2013-05-06T17:48:00.123Z\tStateUpdate\t'
                   'Alarm updated from OK to ALARM\t{"version":"1.0"}\n')
    assert sent(1)['NextToken'] == 't2'


@responses.activate
def test_get_stats_defaults_to_the_last_hour(inprocess):
    cls = command('euwatch-get-stats')
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION, ''))
    before = datetime.datetime.now(datetime.timezone.utc).replace(
        microsecond=0)
    code, out, err = inprocess(cls, ['Load', '-n', 'MyApp', '-s', 'Sum'])
    assert (code, out) == (0, '')
    params = sent()
    assert params['Period'] == '60'

    def parse(text):
        return datetime.datetime.strptime(text, '%Y-%m-%dT%H:%M:%SZ') \
            .replace(tzinfo=datetime.timezone.utc)
    start, end = parse(params['StartTime']), parse(params['EndTime'])
    assert end - start == datetime.timedelta(hours=1)
    assert abs((end - before).total_seconds()) < 60


@responses.activate
def test_put_data_sends_twenty_points_a_request(inprocess):
    cls = command('euwatch-put-data')
    for _ in range(3):
        responses.add(responses.POST, URL, body=aws_xml(cls.ACTION))
    argv = ['-n', 'MyApp', '-m', 'Load']
    for value in range(45):
        argv += ['-v', str(value)]
    code, out, err = inprocess(cls, argv)
    assert (code, out, err) == (0, '', '')
    sizes = [len([k for k in sent(i) if k.endswith('.Value')])
             for i in range(len(responses.calls))]
    assert sizes == [20, 20, 5]
    assert sent(2)['MetricData.member.5.Value'] == '44.0'


@responses.activate
def test_unknown_alarm_is_a_server_error(inprocess):
    cls = command('euwatch-set-alarm-state')
    responses.add(responses.POST, URL, status=404, body=(
        f'<ErrorResponse xmlns="{NS}"><Error><Type>Sender</Type><Code>'
        'ResourceNotFound</Code><Message>Alarm nosuch not found</Message>'
        '</Error><RequestId>r</RequestId></ErrorResponse>'))
    code, out, err = inprocess(cls, ['nosuch', '--state-value', 'OK',
                                     '--state-reason', 'x'])
    assert code == 1
    assert err == ('euwatch-set-alarm-state: error (ResourceNotFound): '
                   'Alarm nosuch not found\n'
                   'euwatch-set-alarm-state: request ID r; run with --debug '
                   'to see the exchange\n')


@pytest.mark.parametrize('name, argv, message', [
    ('euwatch-list-metrics', ['-d', 'Host'], "dimension 'Host' must have "
                                              'form NAME=VALUE'),
    ('euwatch-get-stats', ['M', '-n', 'N', '-s', 'Average,Median'],
     'not Median'),
    ('euwatch-get-stats', ['M', '-n', 'N', '-s', 'Sum', '--period', '90'],
     'multiple of 60'),
    ('euwatch-get-stats', ['M', '-n', 'N', '-s', 'Sum', '--start-time',
                           'yesterday'], 'not an ISO 8601 time'),
    ('euwatch-put-data', ['-n', 'N', '-v', '1'], '-m/--metric-name'),
    ('euwatch-put-data', ['-n', 'N', '-m', 'M'], '-v/--value'),
    ('euwatch-put-data', ['-n', 'N', '-s', 'metric=M,max=1,min=0'],
     'SampleCount, Sum'),
    ('euwatch-put-data', ['-n', 'N', '-s', 'metric=M,val=x'],
     'must be numeric'),
    ('euwatch-put-data', ['-n', 'N', '-s', 'metric=M,val=1,colour=red'],
     "unknown attribute 'colour'"),
    ('euwatch-put-data', ['-n', 'N', '-s', 'metric=M,val=1,"dim=Host=a"'],
     'NAME:VALUE'),
    ('euwatch-put-metric-alarm', ['a', '--metric-name', 'M', '--namespace',
                                  'N', '--statistic', 'Mean', '--period', '60',
                                  '--threshold', '1', '--comparison-operator',
                                  'GreaterThanThreshold',
                                  '--evaluation-periods', '1'],
     'invalid choice'),
    ('euwatch-set-alarm-state', ['a', '--state-value', 'OK',
                                 '--state-reason', 'r',
                                 '--state-reason-data', '{bad'],
     'must be JSON'),
])
def test_usage_errors(name, argv, message, inprocess):
    code, out, err = inprocess(command(name), argv)
    assert code == 2
    assert message in err
    assert 'Traceback' not in err


@responses.activate
def test_list_metrics_pages_and_shows_empty_fields(inprocess):
    cls = command('euwatch-list-metrics')
    metric = ('<member><MetricName>{}</MetricName><Namespace>N</Namespace>'
              '</member>')
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, f'<Metrics>{metric.format("b")}</Metrics>'
                    '<NextToken>more</NextToken>'))
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, f'<Metrics>{metric.format("a")}</Metrics>'))
    code, out, err = inprocess(cls, ['--show-empty-fields'])
    assert out == 'a\tN\t(nil)\nb\tN\t(nil)\n'
    assert sent(1) == {'Action': 'ListMetrics', 'NextToken': 'more'}


@responses.activate
@pytest.mark.parametrize('name, extra', [
    ('euwatch-put-metric-alarm',
     ['a', '--statistic', 'Sum', '--period', '60', '--threshold', '1',
      '--comparison-operator', 'GreaterThanThreshold',
      '--evaluation-periods', '1']),
    ('euwatch-describe-alarms-for-metric', []),
    ('euwatch-list-metrics', [])])
def test_dash_d_gives_dimensions_alike(name, extra, inprocess):
    cls = command(name)
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION, ''))
    code, out, err = inprocess(cls, extra + [
        '--metric-name', 'CPU', '--namespace', 'AWS/EC2',
        '-d', 'InstanceId=i-1,Tier=front'])
    assert (code, err) == (0, '')
    body = sent(0)
    assert [body[f'Dimensions.member.{n}.{part}'] for n in (1, 2)
            for part in ('Name', 'Value')] == ['InstanceId', 'i-1', 'Tier',
                                               'front']
