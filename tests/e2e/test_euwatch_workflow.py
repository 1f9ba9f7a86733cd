"""Scaling policies and CloudWatch alarms, data and statistics against moto."""

import re


def test_policies_alarms_and_metrics_workflow(cli):
    cli('euscale-create-launch-config', 'lc', '-i', 'ami-12345678', '-t',
        'm1.small')
    cli('euscale-create-auto-scaling-group', 'grp', '-l', 'lc', '-m', '1',
        '-M', '4', '-z', 'us-east-1a')

    up = cli('euscale-put-scaling-policy', 'scale-out', '-g', 'grp', '-a',
             '30', '-t', 'PercentChangeInCapacity').stdout.strip()
    down = cli('euscale-put-scaling-policy', 'scale-in', '-g', 'grp',
               '--adjustment=-2', '-t', 'ChangeInCapacity').stdout.strip()
    for arn, name in ((up, 'scale-out'), (down, 'scale-in')):
        assert arn.startswith('arn:aws:autoscaling:')
        assert arn.endswith(f':autoScalingGroupName/grp:policyName/{name}')
    assert cli.rows('euscale-describe-policies', '-g', 'grp') == [
        ['SCALING-POLICY', 'grp', 'scale-out', '30',
         'PercentChangeInCapacity', up],
        ['SCALING-POLICY', 'grp', 'scale-in', '-2', 'ChangeInCapacity',
         down]]

    assert cli('euwatch-put-metric-alarm', 'cpu-high', '--metric-name',
               'CPUUtilization', '--namespace', 'AWS/EC2', '--statistic',
               'Average', '--period', '60', '--threshold', '80',
               '--comparison-operator', 'GreaterThanThreshold',
               '--evaluation-periods', '2', '--alarm-actions', up,
               '--dimensions', 'AutoScalingGroupName=grp',
               '--alarm-description', 'add capacity', '--unit', 'Percent'
               ).stdout == ''
    assert cli.rows('euwatch-describe-alarms') == [
        ['cpu-high', 'OK', up, 'AWS/EC2', 'CPUUtilization', '60', 'Average',
         '2', 'GreaterThanThreshold', '80.0']]

    assert cli('euwatch-set-alarm-state', 'cpu-high', '--state-value',
               'ALARM', '--state-reason', 'load test').stdout == ''
    long = cli.rows('euwatch-describe-alarms', '--show-long')
    assert len(long) == 1 and len(long[0]) == 19
    assert long[0][:4] == ['cpu-high', 'add capacity', 'ALARM', 'load test']
    assert long[0][7] == up
    assert long[0][11] == '{AutoScalingGroupName=grp}'
    assert long[0][14] == 'Percent'
    assert long[0][18].endswith(':alarm:cpu-high')
    assert [r[0] for r in cli.rows('euwatch-describe-alarms', '--state-value',
                                   'OK')] == []
    assert [r[0] for r in cli.rows(
        'euwatch-describe-alarms-for-metric', '--metric-name',
        'CPUUtilization', '--namespace', 'AWS/EC2')] == ['cpu-high']
    cli('euwatch-disable-alarm-actions', 'cpu-high')
    assert cli.rows('euwatch-describe-alarms', '--show-long')[0][5] == 'false'

    # Data: simple values (one negative) and a statistic set.
    assert cli('euwatch-put-data', '-n', 'MyApp', '-m', 'Load', '-v', '1',
               '-v', '-3', '-v', '5', '-d', 'Host=a,Tier=web',
               '-u', 'Count').stdout == ''
    cli('euwatch-put-data', '-n', 'MyApp', '-s',
        'metric=Latency,max=9,min=1,count=3,sum=12,"dim=Host:a"')
    metrics = {tuple(r) for r in cli.rows('euwatch-list-metrics', '-n',
                                          'MyApp')}
    assert metrics == {('Latency', 'MyApp', '{Host=a}'),
                       ('Load', 'MyApp', '{Host=a,Tier=web}')}
    assert {tuple(r) for r in cli.rows('euwatch-list-metrics', '-m',
                                       'Load')} == {
        ('Load', 'MyApp', '{Host=a,Tier=web}')}
    assert {tuple(r) for r in cli.rows('euwatch-list-metrics', '-d',
                                       'Tier=web')} == {
        ('Load', 'MyApp', '{Host=a,Tier=web}')}

    stats = cli.rows('euwatch-get-stats', 'Load', '-n', 'MyApp', '-s',
                     'Average,Maximum,Minimum,SampleCount,Sum',
                     '--dimensions', 'Host=a,Tier=web')
    assert len(stats) == 1
    when, count, average, total, low, high, unit = stats[0]
    # YYYY-MM-DDTHH:MM:SSZ prints as YYYY-MM-DD HH:MM:SS; moto sends
    # fractions of a second, and those print as sent (as in 3.4.1).
    assert re.fullmatch(r'\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d|'
                        r'T\d\d:\d\d:\d\d\.\d+Z)', when), when
    assert [float(v) for v in (count, average, total, low, high)] == \
        [3.0, 1.0, 3.0, -3.0, 5.0]
    # Statistics that were not asked for stay as empty columns.
    only = cli.rows('euwatch-get-stats', 'Latency', '-n', 'MyApp', '-s',
                    'Sum,Maximum', '--dimensions', 'Host=a')
    assert [[bool(f) for f in row[1:6]] for row in only] == [
        [False, False, True, False, True]]
    assert float(only[0][3]) == 12.0

    bad = cli('euwatch-set-alarm-state', 'nosuch', '--state-value', 'OK',
              '--state-reason', 'x', check=False)
    assert bad.returncode == 1
    assert bad.stderr.startswith('euwatch-set-alarm-state: error (')
    usage = cli('euwatch-list-metrics', '-d', 'Host', check=False)
    assert usage.returncode == 2 and 'NAME=VALUE' in usage.stderr

    assert cli('euwatch-delete-alarms', 'cpu-high').stdout == ''
    assert cli('euwatch-describe-alarms').stdout == ''
    assert cli('euscale-delete-policy', 'scale-in', '-g', 'grp').stdout == ''
    assert [r[2] for r in cli.rows('euscale-describe-policies')] == \
        ['scale-out']
