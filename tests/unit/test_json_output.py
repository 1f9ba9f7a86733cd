"""--output json: the AWS CLI's document, --query, and which commands have
it.

The names and nesting are botocore's (Reservations[].Instances[]), numbers,
booleans, lists and maps come out as the API defines them (the tables in
euca2ools/data/types, generated from botocore's models by
scripts/gen_types.py, which test_type_tables_are_up_to_date reruns);
test_json_botocore.py compares with botocore's own parse.  Text rows are not
touched by any of it.
"""

import importlib
import json
import pathlib
import runpy
import subprocess
import sys
import textwrap

import pytest
import responses

from euca2ools.commands.euare.getaccountsummary import GetAccountSummary
from euca2ools.commands.euare.listusers import ListUsers
from euca2ools.commands.euca.createkeypair import CreateKeyPair
from euca2ools.commands.euca.createvolume import CreateVolume
from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.commands.euca.runinstances import RunInstances
from euca2ools.commands.eulb.describeloadbalancers import \
    DescribeLoadBalancers
from euca2ools.core import jsonout
from euca2ools.core.request import QueryRequest
from tests.conftest import ENTRY_POINTS
from tests.unit.error_helpers import error_line

URL = 'http://cloud.test/'
ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
EC2_NS = 'http://ec2.amazonaws.com/doc/2015-10-01/'

# One reservation holding one instance: every list has a single item or
# none, which is where "lists stay lists" matters.
INSTANCES_XML = f'''<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstancesResponse xmlns="{EC2_NS}">
  <requestId>req-1</requestId>
  <reservationSet>
    <item>
      <reservationId>r-1</reservationId>
      <ownerId>123456789012</ownerId>
      <groupSet>
      </groupSet>
      <instancesSet>
        <item>
          <instanceId>i-1</instanceId>
          <imageId>emi-1</imageId>
          <instanceState><code>16</code><name>running</name></instanceState>
          <privateDnsName>ip-10-0-0-1</privateDnsName>
          <dnsName/>
          <amiLaunchIndex>0</amiLaunchIndex>
          <instanceType>m1.small</instanceType>
          <launchTime>2016-01-02T03:04:05.000Z</launchTime>
          <placement><availabilityZone>one</availabilityZone>
            <tenancy>default</tenancy></placement>
          <monitoring><state>disabled</state></monitoring>
          <sourceDestCheck>true</sourceDestCheck>
          <ebsOptimized>false</ebsOptimized>
          <blockDeviceMapping>
            <item><deviceName>/dev/sda1</deviceName>
              <ebs><volumeId>vol-1</volumeId><status>attached</status>
                <attachTime>2016-01-02T03:04:06.000Z</attachTime>
                <deleteOnTermination>true</deleteOnTermination></ebs>
            </item>
          </blockDeviceMapping>
          <tagSet><item><key>Name</key><value>web</value></item></tagSet>
          <eucaNodeName>node-1</eucaNodeName>
        </item>
      </instancesSet>
    </item>
  </reservationSet>
</DescribeInstancesResponse>'''.encode()

# The rows euca-describe-instances printed for it before JSON was typed
# (taken from the code as it was).
INSTANCES_ROWS = (
    'RESERVATION\tr-1\t123456789012\t\n'
    'INSTANCE\ti-1\temi-1\t\tip-10-0-0-1\trunning\t\t0\t\tm1.small\t'
    '2016-01-02T03:04:05.000Z\tone\t\t\t\tmonitoring-disabled'
    + '\t' * 14 + 'default\tfalse\t\t\n'
    'BLOCKDEVICE\t/dev/sda1\tvol-1\t2016-01-02T03:04:06.000Z\ttrue\t\t\n'
    'TAG\tinstance\ti-1\tName\tweb\n')


def run_json(inprocess, command, argv):
    code, out, err = inprocess(command, argv)
    assert code == 0, err
    return json.loads(out)


# -- typed values -------------------------------------------------------------

@responses.activate
def test_describe_instances_json_is_typed(inprocess):
    responses.post(URL, body=INSTANCES_XML)
    data = run_json(inprocess, DescribeInstances, ['--output', 'json'])
    assert list(data) == ['Reservations']       # no requestId
    reservation, = data['Reservations']
    assert reservation['Groups'] == []          # empty, still a list
    instance, = reservation['Instances']        # one item, still a list
    assert instance['State'] == {'Code': 16, 'Name': 'running'}
    assert instance['AmiLaunchIndex'] == 0
    assert instance['SourceDestCheck'] is True
    assert instance['EbsOptimized'] is False
    device, = instance['BlockDeviceMappings']
    assert device['Ebs']['DeleteOnTermination'] is True
    assert device['Ebs']['AttachTime'] == '2016-01-02T03:04:06.000Z'
    assert instance['Tags'] == [{'Key': 'Name', 'Value': 'web'}]
    # Not in the model: left out, as botocore leaves it.
    assert 'eucaNodeName' not in instance and 'EucaNodeName' not in instance
    assert reservation['OwnerId'] == '123456789012'    # a string in the API
    assert instance['PublicDnsName'] == ''      # empty: botocore's ""
    assert instance['Monitoring'] == {'State': 'disabled'}


@responses.activate
def test_json_select_by_number_works_for_jq_users(inprocess):
    """The point of it all: `select(.code == 16)` finds the instance."""
    responses.post(URL, body=INSTANCES_XML)
    data = run_json(inprocess, DescribeInstances, ['--output', 'json'])
    running = [i['InstanceId'] for r in data['Reservations']
               for i in r['Instances'] if i['State']['Code'] == 16]
    assert running == ['i-1']


@responses.activate
def test_text_rows_are_unchanged(inprocess):
    responses.post(URL, body=INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances, [])
    assert (code, err) == (0, '')
    assert out == INSTANCES_ROWS


ELB_XML = b'''<DescribeLoadBalancersResponse
    xmlns="http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/">
  <DescribeLoadBalancersResult>
    <LoadBalancerDescriptions>
      <member>
        <LoadBalancerName>web</LoadBalancerName>
        <DNSName>web.elb</DNSName>
        <CreatedTime>2013-05-24T21:15:31.280Z</CreatedTime>
        <ListenerDescriptions>
          <member>
            <Listener><Protocol>HTTP</Protocol>
              <LoadBalancerPort>80</LoadBalancerPort>
              <InstanceProtocol>HTTP</InstanceProtocol>
              <InstancePort>8080</InstancePort></Listener>
            <PolicyNames/>
          </member>
        </ListenerDescriptions>
        <HealthCheck><Target>HTTP:8080/</Target><Interval>30</Interval>
          <Timeout>5</Timeout><UnhealthyThreshold>2</UnhealthyThreshold>
          <HealthyThreshold>10</HealthyThreshold></HealthCheck>
        <Instances><member><InstanceId>i-1</InstanceId></member></Instances>
        <AvailabilityZones><member>one</member></AvailabilityZones>
        <Policies><AppCookieStickinessPolicies/>
          <LBCookieStickinessPolicies><member>
            <PolicyName>sticky</PolicyName>
            <CookieExpirationPeriod>60</CookieExpirationPeriod>
          </member></LBCookieStickinessPolicies>
          <OtherPolicies/></Policies>
        <Scheme>internet-facing</Scheme>
      </member>
    </LoadBalancerDescriptions>
  </DescribeLoadBalancersResult>
  <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>
</DescribeLoadBalancersResponse>'''


@responses.activate
def test_elb_json_is_typed(inprocess):
    responses.post(URL, body=ELB_XML)
    data = run_json(inprocess, DescribeLoadBalancers, ['--output', 'json'])
    lb, = data['LoadBalancerDescriptions']
    listener, = lb['ListenerDescriptions']
    assert listener['Listener']['LoadBalancerPort'] == 80
    assert listener['Listener']['InstancePort'] == 8080
    assert listener['PolicyNames'] == []
    assert lb['HealthCheck'] == {'Target': 'HTTP:8080/', 'Interval': 30,
                                 'Timeout': 5, 'UnhealthyThreshold': 2,
                                 'HealthyThreshold': 10}
    assert lb['Instances'] == [{'InstanceId': 'i-1'}]
    assert lb['AvailabilityZones'] == ['one']
    policies = lb['Policies']
    assert policies['AppCookieStickinessPolicies'] == []
    assert policies['LBCookieStickinessPolicies'] == [
        {'PolicyName': 'sticky', 'CookieExpirationPeriod': 60}]
    assert lb['CreatedTime'] == '2013-05-24T21:15:31.280Z'


def iam_xml(action, result):
    return (f'<{action}Response xmlns="https://iam.amazonaws.com/doc/'
            f'2010-05-08/"><{action}Result>{result}</{action}Result>'
            f'<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>'
            f'</{action}Response>').encode()


@responses.activate
def test_iam_json_is_typed(inprocess):
    responses.post(URL, body=iam_xml('GetAccountSummary', (
        '<SummaryMap><entry><key>Users</key><value>5</value></entry>'
        '<entry><key>UsersQuota</key><value>5000</value></entry>'
        '</SummaryMap>')))
    data = run_json(inprocess, GetAccountSummary, ['--output', 'json'])
    # A map is a JSON object, its values typed.
    assert data == {'SummaryMap': {'Users': 5, 'UsersQuota': 5000}}

    responses.post(URL, body=iam_xml('ListUsers', (
        '<Users><member><UserName>alice</UserName><Path>/</Path>'
        '<UserId>AID1</UserId><Arn>arn:aws:iam::1:user/alice</Arn>'
        '<CreateDate>2016-01-01T00:00:00Z</CreateDate></member></Users>'
        '<IsTruncated>false</IsTruncated>')))
    data = run_json(inprocess, ListUsers, ['--output', 'json'])
    assert data['IsTruncated'] is False
    user, = data['Users']
    assert user['CreateDate'] == '2016-01-01T00:00:00Z'


def test_a_map_of_one_entry_is_still_an_object():
    data = {'SummaryMap': {'entry': {'key': 'Groups', 'value': '2'}}}
    assert jsonout.typed('iam', 'GetAccountSummary', data) == {
        'SummaryMap': {'Groups': 2}}


def test_values_that_do_not_read_as_their_type_stay_strings():
    data = {'reservationSet': [{'instancesSet': [{
        'instanceState': {'code': 'sixteen'}, 'ebsOptimized': 'maybe',
        'amiLaunchIndex': '1_0', 'tagSet': ' '}]}]}
    instance = jsonout.typed('ec2', 'DescribeInstances',
                             data)['Reservations'][0]['Instances'][0]
    assert instance['State']['Code'] == 'sixteen'
    assert instance['EbsOptimized'] == 'maybe'
    assert instance['AmiLaunchIndex'] == '1_0'
    assert instance['Tags'] == []
    alarms = {'MetricAlarms': [{'Threshold': 'nan', 'Period': '60',
                                'ActionsEnabled': 'TRUE'}]}
    alarm, = jsonout.typed('cloudwatch', 'DescribeAlarms',
                           alarms)['MetricAlarms']
    assert alarm == {'Threshold': 'nan', 'Period': 60, 'ActionsEnabled': True}
    assert jsonout.typed('cloudwatch', 'DescribeAlarms', {
        'MetricAlarms': [{'Threshold': '80'}]})['MetricAlarms'][0][
            'Threshold'] == 80.0


@responses.activate
def test_eucalyptus_describe_instance_types_keeps_its_names(inprocess):
    """Eucalyptus's DescribeInstanceTypes is not AWS's (which came later,
    with another answer): its JSON keeps the names it came with."""
    from euca2ools.commands.euca.describeinstancetypes import \
        DescribeInstanceTypes
    responses.post(URL, body=(
        f'<DescribeInstanceTypesResponse xmlns="{EC2_NS}"><requestId>r'
        '</requestId><instanceTypeDetails><item><name>t1.micro</name>'
        '<cpu>1</cpu></item></instanceTypeDetails>'
        '</DescribeInstanceTypesResponse>').encode())
    data = run_json(inprocess, DescribeInstanceTypes, ['--output', 'json'])
    assert data == {'instanceTypeDetails': [{'name': 't1.micro',
                                             'cpu': '1'}]}


def test_services_without_a_model_stay_strings():
    from euca2ools.commands.eucadmin import Bootstrap, Compute, Properties
    for service in (Bootstrap, Compute, Properties):
        assert service.TYPES is None
    data = {'serviceStatuses': [{'localEpoch': '5'}]}
    assert jsonout.typed(None, 'DescribeServices', data) == data


# -- --query ------------------------------------------------------------------

@responses.activate
def test_query_selects_fields_and_implies_json(inprocess):
    responses.post(URL, body=INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances, [
        '--query', 'Reservations[].Instances[].[InstanceId, State.Code, '
                   'EbsOptimized]'])
    assert (code, err) == (0, '')
    assert json.loads(out) == [['i-1', 16, False]]

    responses.post(URL, body=INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances, [
        '--output', 'json', '--query',
        'Reservations[].Instances[?State.Code == `16`][].InstanceId | [0]'])
    assert (code, json.loads(out)) == (0, 'i-1')


@pytest.mark.parametrize('expression, message', [
    ('Reservations[', "bad --query expression 'Reservations[': "
                        'incomplete expression at the end'),
    ('a.$b', "bad --query expression 'a.$b': Unknown token $ at "
             'character 3'),
    ('lenght(a)', "bad --query expression 'lenght(a)': unknown function "
                  'lenght()'),
    ('length(a, b)', "bad --query expression 'length(a, b)': length() "
                     'takes 1 argument, not 2'),
])
@responses.activate
def test_query_with_a_bad_expression_is_a_usage_error(inprocess, expression,
                                                      message):
    responses.post(URL, body=INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances, ['--query', expression])
    assert code == 2
    assert out == ''
    assert error_line(err) == f'euca-describe-instances: error: {message}'
    assert err.startswith('euca-describe-instances: error: ')
    assert len(responses.calls) == 0        # nothing was sent


TWO_INSTANCES_XML = INSTANCES_XML.replace(
    b'</instancesSet>',
    b'<item><instanceId>i-2</instanceId><instanceState><code>80</code>'
    b'<name>stopped</name></instanceState></item></instancesSet>')


@pytest.mark.parametrize('query, rows', [
    # A list of scalars: one row, tab-separated (ids=$(...) takes them).
    ('Reservations[].Instances[].InstanceId', 'i-1\ti-2\n'),
    # A list of lists: a row each.
    ('Reservations[].Instances[].[InstanceId, State.Code, EbsOptimized]',
     'i-1\t16\tFalse\ni-2\t80\tNone\n'),
    # A scalar alone; a value that is not there prints None.
    ('Reservations[0].ReservationId', 'r-1\n'),
    ('Reservations[0].Nothing', 'None\n'),
    # Dicts: their scalars in their keys' order; in a list of dicts every
    # row has the scalar keys of them all.
    ('Reservations[].Instances[].State', '16\trunning\n80\tstopped\n'),
    ('Reservations[].Instances[].{id: InstanceId, t: InstanceType}',
     'i-1\tm1.small\ni-2\tNone\n'),
    ('Reservations[].Instances[0].Tags', 'Name\tweb\n'),
    # A dict's lists and dicts follow its row, named upper case.
    ('Reservations[0].Instances[0].{id: InstanceId, tags: Tags, '
     'state: State}', 'i-1\nSTATE\t16\trunning\nTAGS\tName\tweb\n'),
    ('Reservations[0].Instances[0].BlockDeviceMappings[0]',
     '/dev/sda1\nEBS\t2016-01-02T03:04:06.000Z\tTrue\tattached\tvol-1\n'),
    ('Reservations[0].Groups', ''),
])
@responses.activate
def test_query_with_output_text_prints_rows_as_aws_does(inprocess, query,
                                                        rows):
    responses.post(URL, body=TWO_INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances,
                               ['--query', query, '--output', 'text'])
    assert (code, err) == (0, '')
    assert out == rows


def test_text_rows_of_lists_mixed_with_scalars():
    import io
    out = io.StringIO()
    jsonout.dump_text({'a': [1, [2, 3], 'x', []], 'b': True,
                       'c': [{'k': 1, 'j': 2}, {'k': None, 'l': [4]}]}, out)
    assert out.getvalue() == ('True\n'
                              'A\t1\nA\tx\nA\t2\nA\t3\n'
                              'C\t2\t1\n'
                              'C\t\tNone\nL\t4\n')


@responses.activate
def test_query_type_error_on_the_data_is_one_line(inprocess):
    responses.post(URL, body=INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances,
                               ['--query', 'sort_by(@, &instanceId)'])
    assert code == 2 and out == ''
    assert error_line(err) == (
        "euca-describe-instances: error: --query 'sort_by(@, &instanceId)': "
        'sort_by() expects array, not object')


# -- commands that return data ----------------------------------------------

RUN_XML = f'''<RunInstancesResponse xmlns="{EC2_NS}">
  <requestId>req-2</requestId>
  <reservationId>r-2</reservationId><ownerId>123456789012</ownerId>
  <groupSet><item><groupId>sg-1</groupId><groupName>default</groupName>
  </item></groupSet>
  <instancesSet><item><instanceId>i-2</instanceId><imageId>emi-1</imageId>
    <instanceState><code>0</code><name>pending</name></instanceState>
    <amiLaunchIndex>0</amiLaunchIndex><ebsOptimized>false</ebsOptimized>
    <monitoring><state>disabled</state></monitoring>
  </item></instancesSet>
</RunInstancesResponse>'''.encode()


@responses.activate
def test_run_instances_json(inprocess):
    responses.post(URL, body=RUN_XML)
    data = run_json(inprocess, RunInstances, ['emi-1', '--output', 'json'])
    assert data['ReservationId'] == 'r-2'
    assert data['Groups'] == [{'GroupId': 'sg-1', 'GroupName': 'default'}]
    instance, = data['Instances']
    assert instance['State'] == {'Code': 0, 'Name': 'pending'}
    assert instance['EbsOptimized'] is False

    responses.post(URL, body=RUN_XML)
    code, out, err = inprocess(RunInstances, [
        'emi-1', '--query', 'Instances[].InstanceId'])
    assert (code, json.loads(out)) == (0, ['i-2'])


@responses.activate
def test_create_volume_json(inprocess):
    responses.post(URL, body=f'''<CreateVolumeResponse xmlns="{EC2_NS}">
      <requestId>req-3</requestId><volumeId>vol-3</volumeId>
      <size>10</size><snapshotId/><availabilityZone>one</availabilityZone>
      <status>creating</status><createTime>2016-01-02T03:04:05.000Z
      </createTime><volumeType>standard</volumeType>
      <encrypted>false</encrypted></CreateVolumeResponse>'''.encode())
    data = run_json(inprocess, CreateVolume,
                    ['-z', 'one', '-s', '10', '--output', 'json'])
    assert data['VolumeId'] == 'vol-3'
    assert data['Size'] == 10
    assert data['Encrypted'] is False
    assert data['State'] == 'creating'
    assert data['SnapshotId'] == ''


@responses.activate
def test_create_keypair_to_a_file_keeps_the_key_off_stdout(inprocess,
                                                           tmp_path):
    responses.post(URL, body=f'''<CreateKeyPairResponse xmlns="{EC2_NS}">
      <requestId>r</requestId><keyName>k</keyName>
      <keyFingerprint>aa:bb</keyFingerprint>
      <keyMaterial>-----BEGIN RSA PRIVATE KEY-----
secret
-----END RSA PRIVATE KEY-----</keyMaterial></CreateKeyPairResponse>'''
                   .encode())
    path = tmp_path / 'k.pem'
    data = run_json(inprocess, CreateKeyPair,
                    ['k', '-f', path, '--output', 'json'])
    assert data == {'KeyName': 'k', 'KeyFingerprint': 'aa:bb'}
    assert 'secret' in path.read_text()


def command_classes():
    seen = {}
    for name, (module, cls) in sorted(ENTRY_POINTS.items()):
        klass = getattr(importlib.import_module(module), cls)
        if isinstance(klass, type) and issubclass(klass, QueryRequest):
            seen.setdefault(klass, name)
    return seen


# Actions whose current output has data that the API version we send
# (EC2 2015-10-01) does not: their answers are <return>true</return>.
NEWER_THAN_OUR_VERSION = {'AssignPrivateIpAddresses', 'CreatePlacementGroup',
                          'DeleteKeyPair', 'DeleteSecurityGroup',
                          'DeregisterImage', 'AuthorizeSecurityGroupIngress',
                          'RevokeSecurityGroupIngress'}


def test_output_json_on_every_command_whose_answer_carries_data():
    botocore = pytest.importorskip('botocore.session')
    session = botocore.get_session()
    models, wrong, newer = {}, [], set()
    for klass, name in command_classes().items():
        model_name = klass.SERVICE_CLASS.TYPES
        if not model_name:
            continue
        if model_name not in models:
            models[model_name] = session.get_service_model(model_name)
        model = models[model_name]
        if klass.ACTION not in model.operation_names:
            continue     # Eucalyptus's own: judged by hand
        output = model.operation_model(klass.ACTION).output_shape
        data = bool(output) and any(member != 'Return'
                                    for member in output.members)
        if klass.ACTION in NEWER_THAN_OUR_VERSION:
            newer.add(klass.ACTION)
            data = False
        data = data or klass.ACTION.startswith(('Describe', 'List', 'Get'))
        if 'JSON_OUTPUT' in vars(klass) and klass.JSON_OUTPUT is not None:
            continue     # the command says so itself
        if klass.wants_json() != data:
            wrong.append((name, klass.ACTION, data))
    assert wrong == []
    assert newer == NEWER_THAN_OUR_VERSION


def test_every_data_action_is_a_command_of_ours():
    # Services may share one DATA_ACTIONS (the Eucalyptus admin services).
    declared, ours = {}, {}
    for klass in command_classes():
        table = klass.SERVICE_CLASS.DATA_ACTIONS
        declared[id(table)] = table
        ours.setdefault(id(table), set()).add(klass.ACTION)
    for key, table in declared.items():
        assert table <= ours[key]


def test_type_tables_are_up_to_date():
    botocore = pytest.importorskip('botocore')
    pytest.importorskip('botocore.session')
    pinned = [line.partition('==')[2].strip() for line in
              (ROOT / 'constraints.txt').read_text().splitlines()
              if line.startswith('botocore==')]
    assert pinned == [botocore.__version__], (
        f'botocore {botocore.__version__} is installed, constraints.txt pins '
        f'{pinned}: install with scripts/test.sh')
    gen = runpy.run_path(str(ROOT / 'scripts' / 'gen_types.py'),
                         run_name='gen_types')
    files = gen['generate']()
    on_disk = {path.name: path.read_text(encoding='utf-8')
               for path in (ROOT / 'euca2ools' / 'data' / 'types')
               .glob('*.json')}
    hint = 'a new action: run scripts/gen_types.py'
    assert sorted(files) == sorted(on_disk), hint
    for name, text in files.items():
        assert text == on_disk[name], f'{name}: {hint}'
        json.loads(text)
    # Small: only what the commands need.
    assert sum(len(text) for text in files.values()) < 96 * 1024


def test_text_output_loads_neither_the_tables_nor_jmespath(tmp_path):
    """The start-up path stays as it was: a text describe imports neither
    jmespath nor the JSON module of ours, and opens no type table."""
    script = tmp_path / 'run.py'
    script.write_text(textwrap.dedent(f'''
        import builtins, os, sys
        sys.path[:0] = [{str(ROOT)!r}]
        import responses
        from euca2ools.core import http
        from tests import requests_transport
        http.HttpClient.send_once = requests_transport.send_once
        from euca2ools.commands.euca.describeinstances import \\
            DescribeInstances
        opened = []
        real_open = builtins.open
        def spy(path, *args, **kwargs):
            opened.append(str(path))
            return real_open(path, *args, **kwargs)
        builtins.open = spy
        with responses.RequestsMock() as mock:
            mock.post({URL!r}, body={INSTANCES_XML!r})
            code = DescribeInstances.run(sys.argv[1:])
        builtins.open = real_open
        loaded = [m for m in ('jmespath', 'euca2ools.core.jsonout')
                  if m in sys.modules]
        tables = [p for p in opened if 'types' in p and p.endswith('.json')]
        print(code, loaded, tables, file=sys.stderr)
        '''))
    env = {'EC2_URL': URL, 'AWS_ACCESS_KEY_ID': 'A',
           'AWS_SECRET_ACCESS_KEY': 'S', 'HOME': str(tmp_path),
           'EUCA_CONFIG_PATH': str(tmp_path / 'none' / '*.ini'),
           'PATH': '/usr/bin:/bin'}
    text = subprocess.run([sys.executable, str(script)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert text.stderr.splitlines()[-1] == "0 [] []", text.stderr
    assert text.stdout == INSTANCES_ROWS
    as_json = subprocess.run([sys.executable, str(script), '--query',
                              'Reservations[0].ReservationId'], env=env,
                             capture_output=True, text=True, timeout=60)
    last = as_json.stderr.splitlines()[-1]
    assert last.startswith("0 ['jmespath', 'euca2ools.core.jsonout'] ["), \
        as_json.stderr
    assert last.endswith("ec2.json']")
    assert json.loads(as_json.stdout) == 'r-1'


@responses.activate
def test_query_output_stops_at_the_answer_size_bound(inprocess):
    """An expression can multiply a document ([*].[@, @, @]): its output is
    bounded by max-response-size, with a one-line error (issue 20, 14)."""
    instances = ''.join(
        f'<item><instanceId>i-{n:08x}</instanceId><imageId>ami-1</imageId>'
        '</item>' for n in range(200))
    responses.post(URL, body=(
        '<DescribeInstancesResponse><reservationSet><item><reservationId>'
        f'r-1</reservationId><instancesSet>{instances}</instancesSet></item>'
        '</reservationSet></DescribeInstancesResponse>'))
    query = ('Reservations[].Instances[].[@, @, @, @, @, @, @, @] | '
             '[*].[@, @, @, @, @, @, @, @] | [*].[@, @, @, @]')
    code, out, err = inprocess(DescribeInstances, ['--query', query], env={
        'EUCA_MAX_RESPONSE_SIZE': '1M'})
    assert code == 1
    assert err == ('euca-describe-instances: error: the JSON output is '
                   'larger than 1 MiB (max-response-size): narrow --query, '
                   'or raise max-response-size in the config or '
                   'EUCA_MAX_RESPONSE_SIZE\n')
    assert len(out) <= 2**20 + 1
    code, out, err = inprocess(DescribeInstances, [
        '--query', 'Reservations[].Instances[].InstanceId'])
    assert (code, err) == (0, '') and out.count('"i-') == 200


# -- JSON that streams ------------------------------------------------------

@responses.activate
def test_streamed_json_is_the_whole_document_written_as_it_comes(inprocess,
                                                                 monkeypatch):
    """A STREAM command's --output json is written item by item (never the
    whole answer in memory), and is the text dump() writes for the whole
    document."""
    from euca2ools.core.xmlparse import parse_response
    dumped = []
    monkeypatch.setattr(jsonout, 'dump',
                        lambda *args, **kwargs: dumped.append(args))
    responses.post(URL, body=TWO_INSTANCES_XML)
    code, out, err = inprocess(DescribeInstances, ['--output', 'json'])
    assert (code, err, dumped) == (0, '', [])     # streamed, not dumped
    monkeypatch.undo()
    expected = jsonout.typed('ec2', 'DescribeInstances', parse_response(
        TWO_INSTANCES_XML, action='DescribeInstances'))
    assert json.loads(out) == expected
    import io
    text = io.StringIO()
    jsonout.dump(expected, text)
    assert out == text.getvalue()


@responses.activate
def test_streamed_json_joins_the_pages(inprocess):
    """Pages joined into one list, the paging token left out, the members
    after the list the last page's."""
    responses.post(URL, body=iam_xml('ListUsers', (
        '<Users><member><UserName>alice</UserName></member></Users>'
        '<IsTruncated>true</IsTruncated><Marker>m1</Marker>')))
    responses.post(URL, body=iam_xml('ListUsers', (
        '<Users><member><UserName>bob</UserName></member></Users>'
        '<IsTruncated>false</IsTruncated>')))
    code, out, err = inprocess(ListUsers, ['--output', 'json'])
    assert (code, err) == (0, '')
    assert len(responses.calls) == 2
    assert json.loads(out) == {'Users': [{'UserName': 'alice'},
                                         {'UserName': 'bob'}],
                               'IsTruncated': False}
@responses.activate
def test_streamed_json_of_an_empty_answer(inprocess):
    responses.post(URL, body=b'<DescribeInstancesResponse><requestId>r'
                             b'</requestId><reservationSet/>'
                             b'</DescribeInstancesResponse>')
    code, out, err = inprocess(DescribeInstances, ['--output', 'json'])
    assert (code, err) == (0, '')
    assert out == '{\n  "Reservations": []\n}\n'


@responses.activate
def test_streamed_json_keeps_the_members_after_the_list(inprocess):
    responses.post(URL, body=iam_xml('ListUsers', (
        '<Users><member><UserName>alice</UserName></member></Users>'
        '<IsTruncated>false</IsTruncated>')))
    code, out, err = inprocess(ListUsers, ['--output', 'json'])
    assert (code, err) == (0, '')
    assert out == ('{\n  "Users": [\n    {\n      "UserName": "alice"\n'
                   '    }\n  ],\n  "IsTruncated": false\n}\n')


@responses.activate
@pytest.mark.parametrize('name', ['euca-authorize', 'euca-revoke'])
def test_security_group_rules_answer_in_json(inprocess, name):
    module, cls = ENTRY_POINTS[name]
    command = getattr(importlib.import_module(module), cls)
    action = command.INGRESS_ACTION
    responses.post(URL, body=(
        f'<{action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
        f'<requestId>r-1</requestId><return>true</return>'
        f'</{action}Response>').encode())
    data = run_json(inprocess, command, ['web', '-p', '22', '--output',
                                         'json'])
    assert data == {'Return': True}
    action = command.EGRESS_ACTION
    responses.post(URL, body=(
        f'<{action}Response><return>true</return></{action}Response>'))
    data = run_json(inprocess, command, ['sg-1', '--egress', '-p', '22',
                                         '--output', 'json'])
    assert data == {'Return': True}
