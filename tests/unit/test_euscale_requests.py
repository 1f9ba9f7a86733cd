"""What every euscale-* command sends and prints, in-process with `responses`.

Responses are shaped like AWS's own (2011-01-01 API), including the actions
moto lacks (DescribeAdjustmentTypes, the *Types listings, account limits) or
answers wrongly (PutScalingPolicy without PolicyARN; DescribeScalingActivities
always empty).
"""

import pytest
import responses

from tests.conftest import ENTRY_POINTS
from tests.query_helpers import members, query_xml
from tests.unit.request_cases import Family, command

URL = 'http://cloud.test/'
NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/'
ARN = ('arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:c322761b-'
       '3172-4d56-9a21-0ed9d6161d67:autoScalingGroupName/web:policyName/up')
GROUP_ARN = ('arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:'
             '7fe91004:autoScalingGroupName/web')


def aws_xml(action, result=''):
    return query_xml(NS, action, result)


AUTOSCALING = Family(aws_xml, '2011-01-01', exact=True)
sent = AUTOSCALING.sent


GROUP = f'''<member>
  <AutoScalingGroupName>web</AutoScalingGroupName>
  <AutoScalingGroupARN>{GROUP_ARN}</AutoScalingGroupARN>
  <LaunchConfigurationName>lc1</LaunchConfigurationName>
  <AvailabilityZones>{members('us-east-1a', 'us-east-1b')}</AvailabilityZones>
  <CreatedTime>2013-05-06T17:47:15.107Z</CreatedTime>
  <LoadBalancerNames>{members('lb1')}</LoadBalancerNames>
  <HealthCheckType>ELB</HealthCheckType>
  <MinSize>1</MinSize><MaxSize>4</MaxSize><DesiredCapacity>2</DesiredCapacity>
  <DefaultCooldown>300</DefaultCooldown>
  <HealthCheckGracePeriod>120</HealthCheckGracePeriod>
  <VPCZoneIdentifier/>
  <TerminationPolicies>{members('OldestInstance', 'Default')}
  </TerminationPolicies>
  <Instances><member><InstanceId>i-1</InstanceId>
    <AvailabilityZone>us-east-1a</AvailabilityZone>
    <LifecycleState>InService</LifecycleState><HealthStatus>Healthy</HealthStatus>
    <LaunchConfigurationName>lc1</LaunchConfigurationName></member></Instances>
  <SuspendedProcesses><member><ProcessName>Launch</ProcessName>
    <SuspensionReason>User suspended at 2013-05-06</SuspensionReason>
    </member></SuspendedProcesses>
  <EnabledMetrics><member><Metric>GroupMinSize</Metric>
    <Granularity>1Minute</Granularity></member></EnabledMetrics>
  <Tags><member><ResourceId>web</ResourceId>
    <ResourceType>auto-scaling-group</ResourceType><Key>env</Key>
    <Value>prod</Value><PropagateAtLaunch>true</PropagateAtLaunch></member>
  </Tags>
</member>'''

LAUNCH_CONFIG = '''<member>
  <LaunchConfigurationName>lc1</LaunchConfigurationName>
  <LaunchConfigurationARN>arn:lc1</LaunchConfigurationARN>
  <ImageId>ami-1</ImageId><InstanceType>m1.small</InstanceType>
  <KeyName>kp</KeyName><KernelId/><RamdiskId/>
  <SecurityGroups>{groups}</SecurityGroups>
  <BlockDeviceMappings>
    <member><DeviceName>/dev/sdb</DeviceName><VirtualName>ephemeral0</VirtualName></member>
    <member><DeviceName>/dev/sdc</DeviceName><Ebs><SnapshotId>snap-1</SnapshotId><VolumeSize>10</VolumeSize></Ebs></member>
  </BlockDeviceMappings>
  <CreatedTime>2013-05-06T17:47:15.107Z</CreatedTime>
  <InstanceMonitoring><Enabled>true</Enabled></InstanceMonitoring>
  <IamInstanceProfile>prof</IamInstanceProfile>
  <EbsOptimized>false</EbsOptimized>
  <UserData>aGVsbG8K</UserData>
</member>'''.format(groups=members('default', 'web'))

POLICY = f'''<member><AutoScalingGroupName>web</AutoScalingGroupName>
  <PolicyName>up</PolicyName><ScalingAdjustment>30</ScalingAdjustment>
  <MinAdjustmentStep>1</MinAdjustmentStep>
  <AdjustmentType>PercentChangeInCapacity</AdjustmentType>
  <Cooldown>60</Cooldown><PolicyARN>{ARN}</PolicyARN><Alarms/></member>'''

ACTIVITY = '''<ActivityId>act-1</ActivityId>
  <AutoScalingGroupName>web</AutoScalingGroupName>
  <Cause>a user request</Cause><Description>Terminating i-1</Description>
  <Details>{}</Details><StartTime>2013-05-06T17:47:15Z</StartTime>
  <EndTime>2013-05-06T17:48:00Z</EndTime><StatusCode>Successful</StatusCode>
  <StatusMessage>done</StatusMessage><Progress>100</Progress>'''

# (argv, response body inside <ActionResult>, the parameters sent, stdout)
CASES = {
    'euscale-create-auto-scaling-group': (
        ['web', '-l', 'lc1', '-m', '1', '-M', '4', '--desired-capacity', '2',
         '--default-cooldown', '60', '--grace-period', '300',
         '--health-check-type', 'ELB', '--load-balancers', 'lb1,lb2',
         '--placement-group', 'pg', '--termination-policies',
         'OldestInstance,Default', '--vpc-zone-identifier', 'subnet-1',
         '-z', 'us-east-1a,us-east-1b', '--tag', 'k=env, v=prod, p=true',
         '--tag', 'k=app,id=other,t=auto-scaling-group'], '',
        {'Action': 'CreateAutoScalingGroup', 'AutoScalingGroupName': 'web',
         'LaunchConfigurationName': 'lc1', 'MinSize': '1', 'MaxSize': '4',
         'DesiredCapacity': '2', 'DefaultCooldown': '60',
         'HealthCheckGracePeriod': '300', 'HealthCheckType': 'ELB',
         'LoadBalancerNames.member.1': 'lb1',
         'LoadBalancerNames.member.2': 'lb2', 'PlacementGroup': 'pg',
         'TerminationPolicies.member.1': 'OldestInstance',
         'TerminationPolicies.member.2': 'Default',
         'VPCZoneIdentifier': 'subnet-1',
         'AvailabilityZones.member.1': 'us-east-1a',
         'AvailabilityZones.member.2': 'us-east-1b',
         'Tags.member.1.Key': 'env', 'Tags.member.1.Value': 'prod',
         'Tags.member.1.PropagateAtLaunch': 'true',
         'Tags.member.1.ResourceId': 'web',
         'Tags.member.1.ResourceType': 'auto-scaling-group',
         'Tags.member.2.Key': 'app', 'Tags.member.2.ResourceId': 'other',
         'Tags.member.2.ResourceType': 'auto-scaling-group'}, ''),
    'euscale-update-auto-scaling-group': (
        ['web', '-M', '6', '--desired-capacity', '3', '-l', 'lc2'], '',
        {'Action': 'UpdateAutoScalingGroup', 'AutoScalingGroupName': 'web',
         'MaxSize': '6', 'DesiredCapacity': '3',
         'LaunchConfigurationName': 'lc2'}, ''),
    'euscale-create-launch-config': (
        ['lc1', '-i', 'ami-1', '-t', 'm1.small', '--key', 'kp',
         '--group', 'default,web', '--kernel', 'aki-1', '--ramdisk', 'ari-1',
         '--block-device-mapping', '/dev/sdb=ephemeral0,/dev/sdc=snap-1:10,'
         '/dev/sdd=none', '--monitoring-disabled', '--spot-price', '0.05',
         '--iam-instance-profile', 'arn:prof', '--ebs-optimized',
         '--associate-public-ip-address', 'true', '-d', 'hello'], '',
        {'Action': 'CreateLaunchConfiguration',
         'LaunchConfigurationName': 'lc1', 'ImageId': 'ami-1',
         'InstanceType': 'm1.small', 'KeyName': 'kp',
         'SecurityGroups.member.1': 'default',
         'SecurityGroups.member.2': 'web', 'KernelId': 'aki-1',
         'RamdiskId': 'ari-1',
         'BlockDeviceMappings.member.1.DeviceName': '/dev/sdb',
         'BlockDeviceMappings.member.1.VirtualName': 'ephemeral0',
         'BlockDeviceMappings.member.2.DeviceName': '/dev/sdc',
         'BlockDeviceMappings.member.2.Ebs.SnapshotId': 'snap-1',
         'BlockDeviceMappings.member.2.Ebs.VolumeSize': '10',
         'BlockDeviceMappings.member.3.DeviceName': '/dev/sdd',
         'BlockDeviceMappings.member.3.NoDevice': 'true',
         'InstanceMonitoring.Enabled': 'false', 'SpotPrice': '0.05',
         'IamInstanceProfile': 'arn:prof', 'EbsOptimized': 'true',
         'AssociatePublicIpAddress': 'true', 'UserData': 'aGVsbG8='}, ''),
    'euscale-create-or-update-tags': (
        ['--tag', 'id=web,t=auto-scaling-group,k=env,v=prod,p=false'], '',
        {'Action': 'CreateOrUpdateTags', 'Tags.member.1.ResourceId': 'web',
         'Tags.member.1.ResourceType': 'auto-scaling-group',
         'Tags.member.1.Key': 'env', 'Tags.member.1.Value': 'prod',
         'Tags.member.1.PropagateAtLaunch': 'false'}, ''),
    'euscale-delete-tags': (
        ['--tag', 'id=web,t=auto-scaling-group,k=env'], '',
        {'Action': 'DeleteTags', 'Tags.member.1.ResourceId': 'web',
         'Tags.member.1.ResourceType': 'auto-scaling-group',
         'Tags.member.1.Key': 'env'}, ''),
    'euscale-delete-auto-scaling-group': (
        ['web', '-d', '-f'], '',
        {'Action': 'DeleteAutoScalingGroup', 'AutoScalingGroupName': 'web',
         'ForceDelete': 'true'}, ''),
    'euscale-delete-launch-config': (
        ['lc1'], '', {'Action': 'DeleteLaunchConfiguration',
                      'LaunchConfigurationName': 'lc1'}, ''),
    'euscale-delete-notification-configuration': (
        ['web', '-t', 'arn:sns:topic'], '',
        {'Action': 'DeleteNotificationConfiguration',
         'AutoScalingGroupName': 'web', 'TopicARN': 'arn:sns:topic'}, ''),
    'euscale-delete-policy': (
        ['up', '-g', 'web'], '', {'Action': 'DeletePolicy',
                                  'PolicyName': 'up',
                                  'AutoScalingGroupName': 'web'}, ''),
    'euscale-delete-scheduled-action': (
        ['nightly', '-g', 'web'], '',
        {'Action': 'DeleteScheduledAction', 'ScheduledActionName': 'nightly',
         'AutoScalingGroupName': 'web'}, ''),
    'euscale-describe-account-limits': (
        [], '<MaxNumberOfLaunchConfigurations>100'
            '</MaxNumberOfLaunchConfigurations><MaxNumberOfAutoScalingGroups>'
            '20</MaxNumberOfAutoScalingGroups>',
        {'Action': 'DescribeAccountLimits'},
        'MaxNumberOfAutoScalingGroups\t20\n'
        'MaxNumberOfLaunchConfigurations\t100\n'),
    'euscale-describe-adjustment-types': (
        [], '<AdjustmentTypes>' + ''.join(
            f'<member><AdjustmentType>{t}</AdjustmentType></member>'
            for t in ('ChangeInCapacity', 'ExactCapacity',
                      'PercentChangeInCapacity')) + '</AdjustmentTypes>',
        {'Action': 'DescribeAdjustmentTypes'},
        'ADJUSTMENT-TYPE\tChangeInCapacity\nADJUSTMENT-TYPE\tExactCapacity\n'
        'ADJUSTMENT-TYPE\tPercentChangeInCapacity\n'),
    'euscale-describe-auto-scaling-groups': (
        ['web'], f'<AutoScalingGroups>{GROUP}</AutoScalingGroups>',
        {'Action': 'DescribeAutoScalingGroups',
         'AutoScalingGroupNames.member.1': 'web'},
        'AUTO-SCALING-GROUP\tweb\tlc1\tus-east-1a,us-east-1b\tlb1\t1\t4\t2\t'
        'OldestInstance,Default\n'
        'INSTANCE\ti-1\tus-east-1a\tInService\tHealthy\tlc1\n'
        'SUSPENDED-PROCESS\tLaunch\tUser suspended at 2013-05-06\tweb\n'
        'ENABLED-METRICS\tGroupMinSize\t1Minute\n'
        'TAG\tauto-scaling-group\tweb\tenv\tprod\ttrue\n'),
    'euscale-describe-auto-scaling-instances': (
        ['i-1'], '<AutoScalingInstances><member><InstanceId>i-1</InstanceId>'
        '<AutoScalingGroupName>web</AutoScalingGroupName><AvailabilityZone>'
        'us-east-1a</AvailabilityZone><LifecycleState>InService'
        '</LifecycleState><HealthStatus>HEALTHY</HealthStatus>'
        '<LaunchConfigurationName>lc1</LaunchConfigurationName></member>'
        '</AutoScalingInstances>',
        {'Action': 'DescribeAutoScalingInstances',
         'InstanceIds.member.1': 'i-1'},
        'INSTANCE\ti-1\tweb\tus-east-1a\tInService\tHEALTHY\tlc1\n'),
    'euscale-describe-auto-scaling-notification-types': (
        [], '<AutoScalingNotificationTypes>' + members(
            'autoscaling:EC2_INSTANCE_LAUNCH',
            'autoscaling:TEST_NOTIFICATION')
        + '</AutoScalingNotificationTypes>',
        {'Action': 'DescribeAutoScalingNotificationTypes'},
        'NOTIFICATION-TYPE\tautoscaling:EC2_INSTANCE_LAUNCH\n'
        'NOTIFICATION-TYPE\tautoscaling:TEST_NOTIFICATION\n'),
    'euscale-describe-launch-configs': (
        ['lc1'],
        f'<LaunchConfigurations>{LAUNCH_CONFIG}</LaunchConfigurations>',
        {'Action': 'DescribeLaunchConfigurations',
         'LaunchConfigurationNames.member.1': 'lc1'},
        'LAUNCH-CONFIG\tlc1\tami-1\tm1.small\t\tprof\n'),
    'euscale-describe-metric-collection-types': (
        [], '<Metrics><member><Metric>GroupMinSize</Metric></member><member>'
        '<Metric>GroupMaxSize</Metric></member></Metrics><Granularities>'
        '<member><Granularity>1Minute</Granularity></member></Granularities>',
        {'Action': 'DescribeMetricCollectionTypes'},
        'METRIC-COLLECTION-TYPE\tGroupMinSize\n'
        'METRIC-COLLECTION-TYPE\tGroupMaxSize\n'
        'METRIC-GRANULARITY-TYPE\t1Minute\n'),
    'euscale-describe-notification-configurations': (
        ['web'], '<NotificationConfigurations><member><AutoScalingGroupName>'
        'web</AutoScalingGroupName><TopicARN>arn:sns:t</TopicARN>'
        '<NotificationType>autoscaling:EC2_INSTANCE_LAUNCH</NotificationType>'
        '</member></NotificationConfigurations>',
        {'Action': 'DescribeNotificationConfigurations',
         'AutoScalingGroupNames.member.1': 'web'},
        'NOTIFICATION-CONFIG\tweb\tarn:sns:t\t'
        'autoscaling:EC2_INSTANCE_LAUNCH\n'),
    'euscale-describe-policies': (
        ['up', '-g', 'web'], f'<ScalingPolicies>{POLICY}</ScalingPolicies>',
        {'Action': 'DescribePolicies', 'PolicyNames.member.1': 'up',
         'AutoScalingGroupName': 'web'},
        f'SCALING-POLICY\tweb\tup\t30\tPercentChangeInCapacity\t{ARN}\n'),
    'euscale-describe-process-types': (
        [], '<Processes><member><ProcessName>AZRebalance</ProcessName>'
        '</member><member><ProcessName>Launch</ProcessName></member>'
        '</Processes>', {'Action': 'DescribeScalingProcessTypes'},
        'PROCESS\tAZRebalance\nPROCESS\tLaunch\n'),
    'euscale-describe-scaling-activities': (
        ['act-1', '-g', 'web'],
        f'<Activities><member>{ACTIVITY}</member></Activities>',
        {'Action': 'DescribeScalingActivities', 'ActivityIds.member.1':
         'act-1', 'AutoScalingGroupName': 'web'},
        'ACTIVITY\tact-1\t2013-05-06T17:48:00Z\tweb\tSuccessful\tdone\n'),
    'euscale-describe-scheduled-actions': (
        ['nightly', '-g', 'web', '--start-time', '2013-05-06T10:00:00+02:00',
         '--end-time', '2013-05-07'],
        '<ScheduledUpdateGroupActions><member><AutoScalingGroupName>web'
        '</AutoScalingGroupName><ScheduledActionName>nightly'
        '</ScheduledActionName><ScheduledActionARN>arn:sa</ScheduledActionARN>'
        '<StartTime>2013-05-06T20:00:00Z</StartTime><Recurrence>0 20 * * *'
        '</Recurrence><MinSize>0</MinSize><MaxSize>2</MaxSize>'
        '<DesiredCapacity>1</DesiredCapacity></member>'
        '</ScheduledUpdateGroupActions>',
        {'Action': 'DescribeScheduledActions',
         'ScheduledActionNames.member.1': 'nightly',
         'AutoScalingGroupName': 'web', 'StartTime': '2013-05-06T08:00:00Z',
         'EndTime': '2013-05-07T00:00:00Z'},
        'UPDATE-GROUP-ACTION\tweb\tnightly\t2013-05-06T20:00:00Z\t'
        '0 20 * * *\t0\t2\t1\n'),
    'euscale-describe-tags': (
        ['--filter', 'auto-scaling-group=web,key=env', '--filter',
         ' auto-scaling-group = db '],      # names and values are stripped
        '<Tags><member><ResourceId>web</ResourceId><ResourceType>'
        'auto-scaling-group</ResourceType><Key>env</Key><Value>prod</Value>'
        '<PropagateAtLaunch>true</PropagateAtLaunch></member></Tags>',
        {'Action': 'DescribeTags',
         'Filters.member.1.Name': 'auto-scaling-group',
         'Filters.member.1.Values.member.1': 'web',
         'Filters.member.1.Values.member.2': 'db',
         'Filters.member.2.Name': 'key',
         'Filters.member.2.Values.member.1': 'env'},
        'TAG\tweb\tauto-scaling-group\tenv\tprod\ttrue\n'),
    'euscale-describe-termination-policy-types': (
        [], '<TerminationPolicyTypes>' + members(
            'ClosestToNextInstanceHour', 'Default')
        + '</TerminationPolicyTypes>',
        {'Action': 'DescribeTerminationPolicyTypes'},
        'TERMINATION-POLICY-TYPE\tClosestToNextInstanceHour\n'
        'TERMINATION-POLICY-TYPE\tDefault\n'),
    'euscale-disable-metrics-collection': (
        ['web', '-m', 'GroupMinSize,GroupMaxSize'], '',
        {'Action': 'DisableMetricsCollection', 'AutoScalingGroupName': 'web',
         'Metrics.member.1': 'GroupMinSize',
         'Metrics.member.2': 'GroupMaxSize'}, ''),
    'euscale-enable-metrics-collection': (
        ['web', '-g', '1Minute'], '',
        {'Action': 'EnableMetricsCollection', 'AutoScalingGroupName': 'web',
         'Granularity': '1Minute'}, ''),
    'euscale-execute-policy': (
        ['up', '-g', 'web', '-h'], '',
        {'Action': 'ExecutePolicy', 'PolicyName': 'up',
         'AutoScalingGroupName': 'web', 'HonorCooldown': 'true'}, ''),
    'euscale-put-notification-configuration': (
        ['web', '-n', 'autoscaling:EC2_INSTANCE_LAUNCH,'
         'autoscaling:EC2_INSTANCE_TERMINATE', '-t', 'arn:sns:t'], '',
        {'Action': 'PutNotificationConfiguration',
         'AutoScalingGroupName': 'web',
         'NotificationTypes.member.1': 'autoscaling:EC2_INSTANCE_LAUNCH',
         'NotificationTypes.member.2': 'autoscaling:EC2_INSTANCE_TERMINATE',
         'TopicARN': 'arn:sns:t'}, ''),
    'euscale-put-scaling-policy': (
        ['down', '-g', 'web', '--adjustment=-2', '-t', 'ChangeInCapacity',
         '--cooldown', '120', '-s', '1'], f'<PolicyARN>{ARN}</PolicyARN>',
        {'Action': 'PutScalingPolicy', 'PolicyName': 'down',
         'AutoScalingGroupName': 'web', 'ScalingAdjustment': '-2',
         'AdjustmentType': 'ChangeInCapacity', 'Cooldown': '120',
         'MinAdjustmentStep': '1'}, ARN + '\n'),
    'euscale-put-scheduled-update-group-action': (
        ['nightly', '-g', 'web', '-b', '2013-05-06T20:00:00Z', '-e',
         '2013-06-06T20:00:00Z', '-r', '0 20 * * *', '--desired-capacity',
         '1', '--min-size', '0', '--max-size', '2'], '',
        {'Action': 'PutScheduledUpdateGroupAction',
         'ScheduledActionName': 'nightly', 'AutoScalingGroupName': 'web',
         'StartTime': '2013-05-06T20:00:00Z',
         'EndTime': '2013-06-06T20:00:00Z', 'Recurrence': '0 20 * * *',
         'DesiredCapacity': '1', 'MinSize': '0', 'MaxSize': '2'}, ''),
    'euscale-resume-processes': (
        ['web', '--processes', 'Launch,Terminate'], '',
        {'Action': 'ResumeProcesses', 'AutoScalingGroupName': 'web',
         'ScalingProcesses.member.1': 'Launch',
         'ScalingProcesses.member.2': 'Terminate'}, ''),
    'euscale-suspend-processes': (
        ['web'], '', {'Action': 'SuspendProcesses',
                      'AutoScalingGroupName': 'web'}, ''),
    'euscale-set-desired-capacity': (
        ['web', '-c', '3', '-H'], '',
        {'Action': 'SetDesiredCapacity', 'AutoScalingGroupName': 'web',
         'DesiredCapacity': '3', 'HonorCooldown': 'false'}, ''),
    'euscale-set-instance-health': (
        ['i-1', '-s', 'Unhealthy', '--no-respect-grace-period'], '',
        {'Action': 'SetInstanceHealth', 'InstanceId': 'i-1',
         'HealthStatus': 'Unhealthy', 'ShouldRespectGracePeriod': 'false'},
        ''),
    'euscale-terminate-instance-in-auto-scaling-group': (
        ['i-1', '-D'], f'<Activity>{ACTIVITY}</Activity>',
        {'Action': 'TerminateInstanceInAutoScalingGroup', 'InstanceId': 'i-1',
         'ShouldDecrementDesiredCapacity': 'false'},
        'INSTANCE\tact-1\t2013-05-06T17:48:00Z\tSuccessful\ta user request\n'),
}


def test_every_euscale_command_has_a_case():
    names = {n for n in ENTRY_POINTS if n.startswith('euscale-')}
    assert len(names) == 35
    assert names == set(CASES)


test_request_and_rows = AUTOSCALING.table_test(CASES)


LONG_CASES = {
    'euscale-describe-auto-scaling-groups': (
        f'<AutoScalingGroups>{GROUP}</AutoScalingGroups>',
        'AUTO-SCALING-GROUP\tweb\tlc1\tus-east-1a,us-east-1b\t'
        '2013-05-06T17:47:15.107Z\tlb1\tELB\t1\t4\t2\t300\t120\t\t\t'
        f'{GROUP_ARN}\tOldestInstance,Default\n'
        'INSTANCE\ti-1\tus-east-1a\tInService\tHealthy\tlc1\n'
        'SUSPENDED-PROCESS\tLaunch\tUser suspended at 2013-05-06\tweb\n'
        'ENABLED-METRICS\tGroupMinSize\t1Minute\n'
        'TAG\tauto-scaling-group\tweb\tenv\tprod\ttrue\n'),
    'euscale-describe-launch-configs': (
        f'<LaunchConfigurations>{LAUNCH_CONFIG}</LaunchConfigurations>',
        'LAUNCH-CONFIG\tlc1\tami-1\tm1.small\tkp\t\t\t'
        '{/dev/sdb=ephemeral0,/dev/sdc=snap-1:10}\tdefault,web\t'
        '2013-05-06T17:47:15.107Z\ttrue\tarn:lc1\t\tprof\tfalse\t\n'
        'USER-DATA\tlc1\nhello\n\n\n'),
    'euscale-describe-policies': (
        f'<ScalingPolicies>{POLICY}</ScalingPolicies>',
        f'SCALING-POLICY\tweb\tup\t30\t1\tPercentChangeInCapacity\t60\t{ARN}\n'),
    'euscale-describe-scaling-activities': (
        f'<Activities><member>{ACTIVITY}</member></Activities>',
        'ACTIVITY\tact-1\t2013-05-06T17:48:00Z\tweb\tSuccessful\tdone\t'
        'a user request\t100\tTerminating i-1\t{}\t2013-05-06T17:47:15Z\n'),
    'euscale-describe-scheduled-actions': (
        '<ScheduledUpdateGroupActions><member><AutoScalingGroupName>web'
        '</AutoScalingGroupName><ScheduledActionName>n</ScheduledActionName>'
        '<ScheduledActionARN>arn:sa</ScheduledActionARN>'
        '</member></ScheduledUpdateGroupActions>',
        'UPDATE-GROUP-ACTION\tweb\tn\t\t\t\t\t\tarn:sa\n'),
    'euscale-terminate-instance-in-auto-scaling-group': (
        f'<Activity>{ACTIVITY}</Activity>',
        'INSTANCE\tact-1\t2013-05-06T17:48:00Z\tSuccessful\ta user request\t'
        'done\t100\tTerminating i-1\t2013-05-06T17:47:15Z\n'),
}


@responses.activate
@pytest.mark.parametrize('name', sorted(LONG_CASES))
def test_show_long_rows(name, inprocess):
    body, stdout = LONG_CASES[name]
    cls = command(name)
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION, body))
    argv = ['--show-long'] + (['i-1', '-d'] if 'terminate' in name else [])
    code, out, err = inprocess(cls, argv)
    assert (code, err) == (0, '')
    assert out == stdout


@responses.activate
def test_describe_groups_follows_every_page(inprocess):
    cls = command('euscale-describe-auto-scaling-groups')
    page = '<member><AutoScalingGroupName>{}</AutoScalingGroupName>' \
           '<MinSize>0</MinSize></member>'
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, f'<AutoScalingGroups>{page.format("a")}'
        '</AutoScalingGroups><NextToken>tok1</NextToken>'))
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, f'<AutoScalingGroups>{page.format("b")}'
        '</AutoScalingGroups>'))
    code, out, err = inprocess(cls, [])
    assert code == 0
    assert [line.split('\t')[1] for line in out.splitlines()] == ['a', 'b']
    assert 'NextToken' not in sent(0)
    assert sent(1)['NextToken'] == 'tok1'


@responses.activate
def test_put_scaling_policy_looks_up_a_missing_arn(inprocess):
    # moto answers PutScalingPolicy without the ARN (and spells it PolicyArn
    # in DescribePolicies).
    cls = command('euscale-put-scaling-policy')
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION, ''))
    responses.add(responses.POST, URL, body=aws_xml(
        'DescribePolicies', '<ScalingPolicies><member><PolicyName>up'
        f'</PolicyName><PolicyArn>{ARN}</PolicyArn></member>'
        '</ScalingPolicies>'))
    code, out, err = inprocess(cls, ['up', '-g', 'web', '-a', '30', '-t',
                                     'PercentChangeInCapacity'])
    assert (code, out) == (0, ARN + '\n')
    assert sent(1) == {'Action': 'DescribePolicies',
                       'AutoScalingGroupName': 'web',
                       'PolicyNames.member.1': 'up'}


@responses.activate
def test_unknown_group_is_a_server_error(inprocess):
    cls = command('euscale-delete-auto-scaling-group')
    responses.add(responses.POST, URL, status=400, body=(
        f'<ErrorResponse xmlns="{NS}"><Error><Type>Sender</Type><Code>'
        'ValidationError</Code><Message>AutoScalingGroup name not found'
        '</Message></Error><RequestId>r</RequestId></ErrorResponse>'))
    code, out, err = inprocess(cls, ['nosuch'])
    assert code == 1
    assert err == ('euscale-delete-auto-scaling-group: error '
                   '(ValidationError): AutoScalingGroup name not found\n'
                   'euscale-delete-auto-scaling-group: request ID r; run '
                   'with --debug to see the exchange\n')


@pytest.mark.parametrize('name, argv, message', [
    ('euscale-create-auto-scaling-group',
     ['g', '-l', 'lc', '-m', '1', '-M', '2', '--tag', 'v=x'], "'k='"),
    ('euscale-create-or-update-tags', ['--tag', 'k=a,p=maybe'],
     "'p=' must be 'true' or 'false'"),
    ('euscale-create-or-update-tags', ['--tag', 'k=a,q=1'],
     'unrecognized tag segment'),
    ('euscale-describe-tags', ['--filter', 'colour=red'],
     "unknown filter name 'colour'"),
    ('euscale-describe-tags', ['--filter', 'key'], 'must have form'),
    ('euscale-create-launch-config',
     ['lc', '-i', 'ami-1', '-t', 't', '--block-device-mapping', '/dev/sdb'],
     'DEVICE=MAPPED'),
    ('euscale-create-launch-config',
     ['lc', '-i', 'ami-1', '-t', 't', '-d', 'x', '--user-data-force', 'y'],
     'not allowed'),
    ('euscale-terminate-instance-in-auto-scaling-group', ['i-1'],
     'one of the arguments'),
    ('euscale-set-desired-capacity', ['web', '-c', '1', '-h', '-H'],
     'not allowed with'),
    ('euscale-put-scaling-policy', ['p', '-g', 'g', '-a', 'x', '-t',
                                    'ExactCapacity'], 'invalid int value'),
    ('euscale-describe-scheduled-actions', ['--start-time', 'tomorrow'],
     'not an ISO 8601 time'),
])
def test_usage_errors(name, argv, message, inprocess):
    code, out, err = inprocess(command(name), argv)
    assert code == 2
    assert message in err
    assert 'Traceback' not in err


def test_user_data_that_names_a_file_needs_f(inprocess, tmp_path):
    path = tmp_path / 'ud.sh'
    path.write_text('#!/bin/sh\n')
    code, out, err = inprocess(command('euscale-create-launch-config'),
                               ['lc', '-i', 'ami-1', '-t', 't', '-d', path])
    assert code == 2
    assert '-f/--user-data-file' in err


@responses.activate
def test_user_data_from_a_file_is_base64(inprocess, tmp_path):
    path = tmp_path / 'ud.sh'
    path.write_bytes(b'#!/bin/sh\necho hi\n')
    cls = command('euscale-create-launch-config')
    responses.add(responses.POST, URL, body=aws_xml(cls.ACTION))
    code, out, err = inprocess(cls, ['lc', '-i', 'ami-1', '-t', 't',
                                     '-f', path])
    assert code == 0
    assert sent()['UserData'] == 'IyEvYmluL3NoCmVjaG8gaGkK'


def test_help_keeps_working_beside_honor_cooldown(inprocess):
    with pytest.raises(SystemExit) as exit_:
        command('euscale-execute-policy').run(['--help'])
    assert exit_.value.code == 0


@responses.activate
def test_show_empty_fields_keeps_columns_visible(inprocess):
    cls = command('euscale-describe-launch-configs')
    responses.add(responses.POST, URL, body=aws_xml(
        cls.ACTION, f'<LaunchConfigurations>{LAUNCH_CONFIG}'
                    '</LaunchConfigurations>'))
    code, out, err = inprocess(cls, ['--show-empty-fields'])
    assert out == 'LAUNCH-CONFIG\tlc1\tami-1\tm1.small\t(nil)\tprof\n'
