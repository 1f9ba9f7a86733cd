"""The named output columns (rows.COLUMNS, ROW_TYPES) match the rows."""

import importlib
import io

import pytest

from tests.conftest import ENTRY_POINTS
from euca2ools.core.context import Context
from euca2ools.core.selfdoc import long_form_of, numbered, row_columns
from euca2ools.commands.bundle import rows as bundle_rows
from euca2ools.commands.euare import rows as iam_rows
from euca2ools.commands.euca import rows as ec2_rows
from euca2ools.commands.eucadmin import rows as admin_rows
from euca2ools.commands.euform import rows as cfn_rows
from euca2ools.commands.eulb import rows as elb_rows
from euca2ools.commands.euscale import rows as as_rows
from euca2ools.commands.euwatch import rows as cw_rows
from euca2ools.manpages.command import command_page
from euca2ools.manpages.roff import bold, with_references


def command_class(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


TAGS = [{'key': 'Name', 'value': 'web'}]
NIC = {'networkInterfaceId': 'eni-1', 'subnetId': 'subnet-1',
       'vpcId': 'vpc-1', 'ownerId': '123456789012', 'status': 'in-use',
       'privateIpAddress': '10.0.0.5', 'privateDnsName': 'ip-10-0-0-5',
       'sourceDestCheck': 'true',
       'attachment': {'instanceId': 'i-1', 'attachmentId': 'eni-attach-1',
                      'deviceIndex': '0', 'status': 'attached',
                      'attachTime': '2026-01-02T03:04:05Z',
                      'deleteOnTermination': 'true'},
       'association': {'publicIp': '203.0.113.10',
                       'ipOwnerId': '123456789012'},
       'groupSet': [{'groupId': 'sg-1', 'groupName': 'web'}],
       'privateIpAddressesSet': [{
           'privateIpAddress': '10.0.0.5', 'privateDnsName': 'ip-10-0-0-5',
           'primary': 'true',
           'association': {'publicIp': '203.0.113.10'}}],
       'tagSet': TAGS}
INSTANCE = {
    'instanceId': 'i-1', 'imageId': 'ami-1', 'dnsName': 'pub',
    'privateDnsName': 'priv', 'instanceState': {'name': 'running'},
    'keyName': 'k', 'amiLaunchIndex': '0', 'instanceType': 'm1.small',
    'launchTime': '2026-01-02T03:04:05Z',
    'placement': {'availabilityZone': 'one', 'tenancy': 'default'},
    'monitoring': {'state': 'disabled'}, 'ipAddress': '203.0.113.10',
    'privateIpAddress': '10.0.0.5', 'rootDeviceType': 'ebs',
    'architecture': 'x86_64',
    'blockDeviceMapping': [{'deviceName': '/dev/sda1', 'ebs': {
        'volumeId': 'vol-1', 'attachTime': '2026-01-02T03:04:05Z',
        'deleteOnTermination': 'true', 'volumeType': 'gp2'}}],
    'networkInterfaceSet': [NIC], 'tagSet': TAGS}
RESERVATIONS = {'reservationSet': [{
    'reservationId': 'r-1', 'ownerId': '123456789012',
    'groupSet': [{'groupName': 'web'}], 'instancesSet': [INSTANCE]}]}
VOLUMES = {'volumeSet': [{
    'volumeId': 'vol-1', 'size': '10', 'availabilityZone': 'one',
    'status': 'in-use', 'createTime': '2026-01-02T03:04:05Z',
    'attachmentSet': [{'volumeId': 'vol-1', 'instanceId': 'i-1',
                       'device': '/dev/sdf', 'status': 'attached',
                       'attachTime': '2026-01-02T03:04:05Z'}],
    'tagSet': TAGS}]}
IMAGES = {'imagesSet': [{
    'imageId': 'ami-1', 'imageLocation': 'b/m.manifest.xml',
    'imageState': 'available', 'imageOwnerId': '123456789012',
    'isPublic': 'false', 'architecture': 'x86_64', 'imageType': 'machine',
    'name': 'centos', 'rootDeviceType': 'ebs',
    'virtualizationType': 'hvm', 'hypervisor': 'xen',
    'blockDeviceMapping': [{'deviceName': '/dev/sda1', 'ebs': {
        'snapshotId': 'snap-1', 'volumeSize': '10',
        'deleteOnTermination': 'true', 'volumeType': 'gp2'}}],
    'tagSet': TAGS}]}
GROUPS = {'securityGroupInfo': [{
    'ownerId': '123456789012', 'groupId': 'sg-1', 'groupName': 'web',
    'groupDescription': 'web servers',
    'ipPermissions': [{'ipProtocol': 'tcp', 'fromPort': '22',
                       'toPort': '22',
                       'ipRanges': [{'cidrIp': '0.0.0.0/0'}]}],
    'tagSet': TAGS}]}

# Each named row type: (a command that prints it, an answer to print[,
# the command's arguments]).
EC2_SAMPLES = {
    'RESERVATION': ('euca-describe-instances', RESERVATIONS),
    'INSTANCE': ('euca-describe-instances', RESERVATIONS),
    'BLOCKDEVICE': ('euca-describe-instances', RESERVATIONS),
    'NETWORKINTERFACE': ('euca-describe-instances', RESERVATIONS),
    'ATTACHMENT (network interface)': ('euca-describe-instances',
                                       RESERVATIONS),
    'ASSOCIATION (network interface)': ('euca-describe-instances',
                                        RESERVATIONS),
    'GROUP (network interface)': ('euca-describe-instances', RESERVATIONS),
    'PRIVATEIPADDRESS': ('euca-describe-instances', RESERVATIONS),
    'TAG': ('euca-describe-instances', RESERVATIONS),
    'INSTANCE (state change)': ('euca-terminate-instances', {
        'instancesSet': [{'instanceId': 'i-1',
                          'previousState': {'name': 'running'},
                          'currentState': {'name': 'shutting-down'}}]}),
    'VOLUME': ('euca-describe-volumes', VOLUMES),
    'ATTACHMENT (volume)': ('euca-describe-volumes', VOLUMES),
    'SNAPSHOT': ('euca-describe-snapshots', {'snapshotSet': [{
        'snapshotId': 'snap-1', 'volumeId': 'vol-1',
        'status': 'completed', 'startTime': '2026-01-02T03:04:05Z',
        'progress': '100%', 'ownerId': '123456789012', 'volumeSize': '10',
        'description': 'nightly'}]}),
    'IMAGE': ('euca-describe-images', IMAGES),
    'BLOCKDEVICEMAPPING': ('euca-describe-images', IMAGES),
    'GROUP': ('euca-describe-groups', GROUPS),
    'PERMISSION': ('euca-describe-groups', GROUPS),
    'KEYPAIR': ('euca-describe-keypairs', {'keySet': [{
        'keyName': 'mykey', 'keyFingerprint': '1f:51:ae'}]}),
    'ADDRESS': ('euca-describe-addresses', {'addressesSet': [{
        'publicIp': '203.0.113.10', 'instanceId': 'i-1', 'domain': 'vpc',
        'allocationId': 'eipalloc-1', 'associationId': 'eipassoc-1',
        'networkInterfaceId': 'eni-1', 'privateIpAddress': '10.0.0.5'}]}),
    'AVAILABILITYZONE': ('euca-describe-availability-zones', {
        'availabilityZoneInfo': [{'zoneName': 'one',
                                  'zoneState': 'available',
                                  'messageSet': [{'message': 'ok'}]}]}),
    'REGION': ('euca-describe-regions', {'regionInfo': [{
        'regionName': 'eucalyptus',
        'regionEndpoint': 'https://ec2.example.com/'}]}),
}


LB = {'LoadBalancerName': 'web-lb', 'DNSName': 'web-lb.example.com',
      'CreatedTime': '2026-01-02T03:04:05Z', 'Scheme': 'internet-facing',
      'HealthCheck': {'Target': 'HTTP:80/', 'Interval': '30'},
      'AvailabilityZones': ['one'], 'Instances': [{'InstanceId': 'i-1'}],
      'ListenerDescriptions': [{'Listener': {
          'Protocol': 'HTTP', 'LoadBalancerPort': '80',
          'InstanceProtocol': 'HTTP', 'InstancePort': '80'}}]}
LBS = {'LoadBalancerDescriptions': [LB]}
HEALTH = {'InstanceStates': [{'InstanceId': 'i-1', 'State': 'InService',
                              'Description': 'N/A', 'ReasonCode': 'N/A'}]}
ELB_SAMPLES = {
    'LOAD_BALANCER': ('eulb-describe-lbs', LBS),
    'LOAD_BALANCER (--show-long)': ('eulb-describe-lbs', LBS,
                                    {'show_long': True}),
    'INSTANCE (health)': ('eulb-describe-instance-health', HEALTH),
    'INSTANCE (health, --show-long)': ('eulb-describe-instance-health',
                                       HEALTH, {'show_long': True}),
    'HEALTH_CHECK': ('eulb-configure-healthcheck', {'HealthCheck': {
        'Target': 'HTTP:80/', 'Interval': '30', 'Timeout': '5',
        'HealthyThreshold': '2', 'UnhealthyThreshold': '3'}}),
    'DNS_NAME': ('eulb-create-lb', {'DNSName': 'web-lb.example.com'}),
}
ASG = {'AutoScalingGroupName': 'web-asg',
       'LaunchConfigurationName': 'web-lc', 'AvailabilityZones': ['one'],
       'LoadBalancerNames': ['web-lb'], 'MinSize': '1', 'MaxSize': '4',
       'DesiredCapacity': '2', 'DefaultCooldown': '300',
       'HealthCheckType': 'EC2', 'CreatedTime': '2026-01-02T03:04:05Z',
       'TerminationPolicies': ['Default'],
       'Instances': [{'InstanceId': 'i-1', 'AvailabilityZone': 'one',
                      'LifecycleState': 'InService',
                      'HealthStatus': 'Healthy',
                      'LaunchConfigurationName': 'web-lc'}],
       'SuspendedProcesses': [{'ProcessName': 'Launch',
                               'SuspensionReason': 'User suspended'}],
       'EnabledMetrics': [{'Metric': 'GroupMinSize',
                           'Granularity': '1Minute'}],
       'Tags': [{'ResourceType': 'auto-scaling-group',
                 'ResourceId': 'web-asg', 'Key': 'Name', 'Value': 'web',
                 'PropagateAtLaunch': 'true'}]}
ASGS = {'AutoScalingGroups': [ASG]}
LCS = {'LaunchConfigurations': [{
    'LaunchConfigurationName': 'web-lc', 'ImageId': 'ami-1',
    'InstanceType': 'm1.small', 'KeyName': 'mykey',
    'SecurityGroups': ['web'], 'CreatedTime': '2026-01-02T03:04:05Z',
    'InstanceMonitoring': {'Enabled': 'true'}}]}
AS_SAMPLES = {
    'AUTO-SCALING-GROUP': ('euscale-describe-auto-scaling-groups', ASGS),
    'AUTO-SCALING-GROUP (--show-long)': (
        'euscale-describe-auto-scaling-groups', ASGS, {'show_long': True}),
    'INSTANCE (group member)': ('euscale-describe-auto-scaling-groups',
                                ASGS),
    'SUSPENDED-PROCESS': ('euscale-describe-auto-scaling-groups', ASGS),
    'ENABLED-METRICS': ('euscale-describe-auto-scaling-groups', ASGS),
    'TAG (group)': ('euscale-describe-auto-scaling-groups', ASGS),
    'LAUNCH-CONFIG': ('euscale-describe-launch-configs', LCS),
    'LAUNCH-CONFIG (--show-long)': ('euscale-describe-launch-configs', LCS,
                                    {'show_long': True}),
    'INSTANCE (auto scaling instance)': (
        'euscale-describe-auto-scaling-instances',
        {'AutoScalingInstances': [{
            'InstanceId': 'i-1', 'AutoScalingGroupName': 'web-asg',
            'AvailabilityZone': 'one', 'LifecycleState': 'InService',
            'HealthStatus': 'Healthy',
            'LaunchConfigurationName': 'web-lc'}]}),
}
ALARMS = {'MetricAlarms': [{
    'AlarmName': 'cpu-high', 'AlarmDescription': 'CPU over 80%',
    'StateValue': 'OK', 'StateReason': 'Threshold not crossed',
    'StateReasonData': '{}', 'ActionsEnabled': 'true',
    'OKActions': ['arn:ok'], 'AlarmActions': ['arn:alarm', 'arn:page'],
    'InsufficientDataActions': ['arn:data'], 'Namespace': 'AWS/EC2',
    'MetricName': 'CPUUtilization',
    'Dimensions': [{'Name': 'InstanceId', 'Value': 'i-1'}],
    'Period': '60', 'Statistic': 'Average', 'Unit': 'Percent',
    'EvaluationPeriods': '2', 'ComparisonOperator': 'GreaterThanThreshold',
    'Threshold': '80.0', 'AlarmArn': 'arn:aws:cloudwatch::alarm:cpu-high'}]}
HISTORY = {'AlarmHistoryItems': [{
    'AlarmName': 'cpu-high', 'Timestamp': '2026-01-02T03:04:05Z',
    'HistoryItemType': 'StateUpdate',
    'HistorySummary': 'Alarm updated from OK to ALARM',
    'HistoryData': '{"version": "1.0"}'}]}
CW_SAMPLES = {
    'ALARM': ('euwatch-describe-alarms', ALARMS),
    'ALARM (--show-long)': ('euwatch-describe-alarms', ALARMS,
                            {'show_long': True}),
    'METRIC': ('euwatch-list-metrics', {'Metrics': [{
        'MetricName': 'CPUUtilization', 'Namespace': 'AWS/EC2',
        'Dimensions': [{'Name': 'InstanceId', 'Value': 'i-1'}]}]}),
    'DATAPOINT': ('euwatch-get-stats', {'Datapoints': [{
        'Timestamp': '2026-01-02T03:04:00Z', 'SampleCount': '5.0',
        'Average': '12.5', 'Unit': 'Percent'}]}),
    'ALARM HISTORY': ('euwatch-describe-alarm-history', HISTORY),
    'ALARM HISTORY (--show-long)': ('euwatch-describe-alarm-history',
                                    HISTORY, {'show_long': True}),
}
STACKS = {'Stacks': [{
    'StackName': 'web', 'StackStatus': 'CREATE_COMPLETE',
    'StackStatusReason': 'done', 'Description': 'web tier',
    'CreationTime': '2026-01-02T03:04:05Z',
    'StackId': 'arn:aws:cloudformation:eucalyptus:123456789012:stack/web/1',
    'NotificationARNs': ['arn:aws:sns:eucalyptus:123456789012:a',
                         'arn:aws:sns:eucalyptus:123456789012:b'],
    'Parameters': [{'ParameterKey': 'KeyName', 'ParameterValue': 'mykey',
                    'UsePreviousValue': 'false'}],
    'Outputs': [{'OutputKey': 'URL', 'OutputValue': 'http://web/'}]}]}
RESOURCE = {'LogicalResourceId': 'Web', 'PhysicalResourceId': 'i-1',
            'ResourceType': 'AWS::EC2::Instance',
            'LastUpdatedTimestamp': '2026-01-02T03:04:05Z',
            'ResourceStatus': 'CREATE_COMPLETE',
            'ResourceStatusReason': 'created'}
TEMPLATE = {'Description': 'web tier', 'Capabilities': ['CAPABILITY_IAM'],
            'CapabilitiesReason': 'creates IAM roles',
            'Parameters': [{'ParameterKey': 'KeyName', 'NoEcho': 'false',
                            'DefaultValue': 'mykey',
                            'Description': 'the key pair'}]}
CFN_SAMPLES = {
    'STACK': ('euform-describe-stacks', STACKS),
    'STACK ID (--show-long)': ('euform-describe-stacks', STACKS,
                               {'show_long': True}),
    'NOTIFICATION ARNS (--show-long)': ('euform-describe-stacks', STACKS,
                                        {'show_long': True}),
    'PARAMETER': ('euform-describe-stacks', STACKS),
    'OUTPUT': ('euform-describe-stacks', STACKS),
    'EVENT': ('euform-describe-stack-events', {'StackEvents': [{
        'StackName': 'web', 'EventId': 'e-1',
        'ResourceType': 'AWS::EC2::Instance', 'LogicalResourceId': 'Web',
        'PhysicalResourceId': 'i-1', 'Timestamp': '2026-01-02T03:04:05Z',
        'ResourceStatus': 'CREATE_COMPLETE',
        'ResourceStatusReason': 'created'}]}),
    'RESOURCE': ('euform-list-stack-resources',
                 {'StackResourceSummaries': [RESOURCE]}),
    'DESCRIPTION': ('euform-validate-template', TEMPLATE),
    'CAPABILITY': ('euform-validate-template', TEMPLATE),
    'CAPABILITIESREASON': ('euform-validate-template', TEMPLATE),
    'PARAMETER (template)': ('euform-validate-template', TEMPLATE),
}
IAM_SAMPLES = {
    'ACCOUNT': ('euare-accountlist', {'Accounts': [{
        'AccountName': 'dev', 'AccountId': '123456789012'}]}),
    'USER INFO': ('euare-usergetinfo', {'Infos': [{
        'Key': 'email', 'Value': 'alice@example.com'}]}),
    'LDAP SYNC STATUS': ('euare-getldapsyncstatus', {
        'SyncEnabled': 'true', 'InSync': 'true'}),
}
SERVICE_ID = {'type': 'compute', 'partition': 'compute', 'name': 'api.1',
              'uri': 'http://10.0.0.1:8773/services/compute',
              'fullName': 'arn:euca:bootstrap:compute:compute:api.1/'}
SERVICES = {'serviceStatuses': [{
    'serviceId': SERVICE_ID, 'localState': 'ENABLED', 'localEpoch': '3',
    'statusDetails': [{'uuid': '6a1e', 'serviceFullName': 'api.1',
                       'severity': 'INFO', 'timestamp': '2026-01-02',
                       'message': 'started'}]}]}
ADMIN_SAMPLES = {
    'SERVICE': ('euca-describe-services', SERVICES),
    'SERVICEEVENT': ('euca-describe-services', SERVICES,
                     {'ShowEvents': True}),
    'SERVICE (registered)': ('euca-register-service',
                             {'registeredServices': [SERVICE_ID]}),
    'SERVICE (deregistered)': ('euca-deregister-service',
                               {'deregisteredServices': [SERVICE_ID]}),
}
BUNDLE_SAMPLES = {
    'BUNDLE': ('euca-describe-bundle-tasks', {'bundleInstanceTasksSet': [{
        'bundleId': 'bun-1', 'instanceId': 'i-1',
        'storage': {'S3': {'bucket': 'my-bucket', 'prefix': 'web'}},
        'startTime': '2026-01-02T03:04:05Z',
        'updateTime': '2026-01-02T03:14:05Z', 'state': 'complete',
        'progress': '100%'}]}),
}
FAMILIES = {'euca': (ec2_rows, EC2_SAMPLES), 'eulb': (elb_rows, ELB_SAMPLES),
            'euscale': (as_rows, AS_SAMPLES),
            'euwatch': (cw_rows, CW_SAMPLES),
            'euform': (cfn_rows, CFN_SAMPLES),
            'euare': (iam_rows, IAM_SAMPLES),
            'eucadmin': (admin_rows, ADMIN_SAMPLES),
            'bundle': (bundle_rows, BUNDLE_SAMPLES)}
SAMPLES = {(family, row): sample for family, (_, samples) in FAMILIES.items()
           for row, sample in samples.items()}


def printed(name, answer, args=None):
    out = io.StringIO()
    command = command_class(name)(args, Context(stdout=out))
    command.print_result(answer)
    return out.getvalue().splitlines()


@pytest.mark.parametrize('family', sorted(FAMILIES))
def test_every_row_type_named_has_a_sample(family):
    module, samples = FAMILIES[family]
    assert sorted(samples) == sorted(key for key, _ in module.COLUMNS)
    assert len(dict(module.COLUMNS)) == len(module.COLUMNS)


@pytest.mark.parametrize('family,row', sorted(SAMPLES))
def test_names_count_the_printed_fields(family, row):
    name, answer, *args = SAMPLES[family, row]
    names = dict(FAMILIES[family][0].COLUMNS)[row]
    cls = command_class(name)
    assert row in cls.ROW_TYPES
    # A tagged row's first name is its tag, quoted; an untagged row
    # (CloudWatch's, IAM's, a --show-long line) is a line no tag starts.
    tags = {n[0].strip('"') for _, n in FAMILIES[family][0].COLUMNS
            if n[0].startswith('"')}
    tag = names[0].strip('"') if names[0].startswith('"') else None
    lines = [line for line in printed(name, answer, *args)
             if (line.split('\t')[0] == tag if tag
                 else line.split('\t')[0] not in tags)]
    # (of two row types with one tag, or two untagged ones, the samples
    # print the named first)
    assert lines, f'{name} printed no {tag or row} row'
    assert len(lines[0].split('\t')) == len(names), row


@pytest.mark.parametrize('name', sorted(
    n for n in ENTRY_POINTS if command_class(n).ROW_TYPES))
def test_show_columns_and_output_section(name, capsys):
    cls = command_class(name)
    columns = row_columns(cls)     # every declared type is named
    with pytest.raises(SystemExit) as exit_:
        cls.run(['--show-columns'])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ['\t'.join(n) for r, n in columns
                                if long_form_of(r) is None]
    if any(long_form_of(r) for r, _ in columns):
        with pytest.raises(SystemExit):
            cls.run(['--show-long', '--show-columns'])
        out = capsys.readouterr().out.splitlines()
        longs = {long_form_of(r) for r, _ in columns} - {None}
        assert out == ['\t'.join(n) for r, n in columns if r not in longs]
    page = command_page(name, cls, list(ENTRY_POINTS))
    assert '.SH "OUTPUT"' in page or '.SH OUTPUT' in page
    for row, names in columns:
        text = with_references(numbered(names))
        assert f'{bold(row)}\n{text}\n' in page, row


def test_the_output_section_says_first_field_is_the_tag_only_when_it_is():
    from euca2ools import manpages
    from tests.conftest import ENTRY_POINTS
    import importlib

    def page(name):
        module, cls = ENTRY_POINTS[name]
        klass = getattr(importlib.import_module(module), cls)
        return manpages.build_pages({name: klass}, date='')[f'man1/{name}.1']
    assert 'the first naming the row type' in page('euca-describe-volumes')
    assert 'the first naming the row type' not in \
        page('euwatch-describe-alarms')
