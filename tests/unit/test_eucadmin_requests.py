"""Eucalyptus admin tools, in-process against `responses` fixtures built
from the server's default-binding XML (eucadmin-commands.md, section 4)."""

import pytest
import responses

from tests.query_helpers import query_params, sent

from euca2ools.core.credentials import Credentials
from euca2ools.core.signing import SigV2Signer
from euca2ools.commands.eucadmin import describecomponents
from euca2ools.commands.eucadmin.describenodes import DescribeNodes
from euca2ools.commands.eucadmin.describeproperties import \
    DescribeProperties
from euca2ools.commands.eucadmin.describeservices import DescribeServices
from euca2ools.commands.eucadmin.describeservicetypes import \
    DescribeServiceTypes
from euca2ools.commands.eucadmin.deregisterservice import DeregisterService
from euca2ools.commands.eucadmin.euctl import Euctl
from euca2ools.commands.eucadmin.euservderegisterservice import \
    EuservDeregisterService
from euca2ools.commands.eucadmin.euservdescribeevents import \
    EuservDescribeEvents
from euca2ools.commands.eucadmin.euservdescribenodecontrollers import \
    EuservDescribeNodeControllers
from euca2ools.commands.eucadmin.euservdescribeservices import \
    EuservDescribeServices
from euca2ools.commands.eucadmin.euservdescribeservicetypes import \
    EuservDescribeServiceTypes
from euca2ools.commands.eucadmin.euservmigrateinstances import \
    EuservMigrateInstances
from euca2ools.commands.eucadmin.euservmodifyservice import \
    EuservModifyService
from euca2ools.commands.eucadmin.euservregisterservice import \
    EuservRegisterService
from euca2ools.commands.eucadmin.migrateinstances import MigrateInstances
from euca2ools.commands.eucadmin.modifyproperty import ModifyProperty
from euca2ools.commands.eucadmin.modifyservice import ModifyService
from euca2ools.commands.eucadmin.registerservice import RegisterService

HOST = 'http://cloud.test'
EMPYREAN = HOST + '/services/Empyrean/'
PROPERTIES = HOST + '/services/Properties/'
COMPUTE = HOST + '/services/compute/'
NS = 'http://msgs.eucalyptus.com/4.1.2'
SECRET = 'inprocess-secret'
EUCARC = {'EC2_URL': COMPUTE}   # as a eucarc sets it


def euca(root, body='', ret='true'):
    return (f'<euca:{root} xmlns:euca="{NS}"><euca:correlationId>c-1'
            f'</euca:correlationId><euca:userId>admin</euca:userId>'
            f'<euca:_return>{ret}</euca:_return>{body}</euca:{root}>'
            ).encode()


def tag(name, value):
    return f'<euca:{name}>{value}</euca:{name}>'


def service_status(stype, partition, name, state='ENABLED', epoch='45',
                   host='10.0.0.1', group='eucalyptus', extra=''):
    uri = f'http://{host}:8773/services/{stype}'
    full = f'arn:euca:{group}:{partition}:{stype}:{name}/'
    return ('<euca:item><euca:serviceId>' + tag('uuid', 'u-' + name)
            + tag('partition', partition) + tag('name', name)
            + tag('type', stype) + tag('fullName', full)
            + '<euca:uris><euca:item><euca:entry>' + uri
            + '</euca:entry></euca:item></euca:uris>' + tag('uri', uri)
            + tag('host', host) + '</euca:serviceId>'
            + tag('localState', state) + tag('localEpoch', epoch) + extra
            + '</euca:item>')


USER_API = ''.join(service_status('user-api', f'API_11{i}', f'API_11{i}',
                                  group='bootstrap', host=f'10.0.0.1{i}')
                   for i in range(4))


def assert_sigv2(index, url):
    """The Signature is right for the parameters the server received."""
    params = sent(index)
    signature = params.pop('Signature')
    assert (params['SignatureVersion'], params['SignatureMethod'],
            params['AWSAccessKeyId']) == ('2', 'HmacSHA256', 'AKIDINPROCESS')
    assert 'Authorization' not in responses.calls[index].request.headers
    signer = SigV2Signer(Credentials('AKIDINPROCESS', SECRET))
    body, _ = signer.sign_query('POST', url, {}, params)
    expected = query_params(body)['Signature']
    assert signature == expected
    return params


def assert_sigv4(index):
    headers = responses.calls[index].request.headers
    assert headers['Authorization'].startswith(
        'AWS4-HMAC-SHA256 Credential=AKIDINPROCESS/')
    assert 'Signature' not in sent(index)


# -- euca-describe-services ---------------------------------------------------

@responses.activate
def test_describe_services_user_api(inprocess):
    responses.post(EMPYREAN, body=euca(
        'DescribeServicesResponseType',
        f'<euca:serviceStatuses>{USER_API}</euca:serviceStatuses>'))
    code, out, err = inprocess(DescribeServices, ['-T', 'user-api'])
    assert (code, err) == (0, '')
    params = assert_sigv2(0, EMPYREAN)
    assert params['Action'] == 'DescribeServices'
    assert params['Version'] == 'eucalyptus'
    assert params['ByServiceType'] == 'user-api'
    assert {params[k] for k in ('ListAll', 'ListInternal', 'ListUserServices',
                                'ShowEvents', 'ShowEventStacks')} == {'false'}
    assert 'ByHost' not in params
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0] == (
        'SERVICE\tuser-api          \tAPI_110   \tAPI_110              \t'
        'ENABLED \t45  \thttp://10.0.0.10:8773/services/user-api\t'
        'arn:euca:bootstrap:API_110:user-api:API_110/'.ljust(35 + 4 + 20))
    fields = [line.split('\t') for line in lines]
    assert [f[3].strip() for f in fields] == ['API_110', 'API_111',
                                              'API_112', 'API_113']
    assert all(len(f) == 8 and f[0] == 'SERVICE' for f in fields)


@responses.activate
def test_describe_services_filters_names_and_events(inprocess):
    detail = ('<euca:statusDetails><euca:item>' + tag('severity', 'ERROR')
              + tag('uuid', 'e-1') + tag('message', 'disk full')
              + tag('serviceFullName', 'arn:euca:eucalyptus:one:storage:sc/')
              + tag('serviceName', 'sc') + tag('timestamp', 't0')
              + tag('stackTrace', 'at x')
              + '</euca:item></euca:statusDetails>')
    responses.post(EMPYREAN, body=euca(
        'DescribeServicesResponseType', '<euca:serviceStatuses>'
        + service_status('storage', 'one', 'sc', 'BROKEN', extra=detail)
        + '</euca:serviceStatuses>'))
    code, out, err = inprocess(DescribeServices, [
        '-A', '--system-internal', '--user-services', '-H', '10.0.0.1',
        '-F', 'BROKEN', '-P', 'one', '--events-verbose', 'sc', 'sc2'])
    assert code == 0
    params = sent()
    assert (params['ListAll'], params['ListInternal'],
            params['ListUserServices'], params['ByHost'], params['ByState'],
            params['ByPartition'], params['ShowEvents'],
            params['ShowEventStacks'], params['ServiceName.1'],
            params['ServiceName.2']) == (
        'true', 'true', 'true', '10.0.0.1', 'BROKEN', 'one', 'true', 'true',
        'sc', 'sc2')
    assert err == 'ERROR\tstorage\tone\tsc\tdisk full\n'
    lines = out.splitlines()
    assert lines[0].split('\t')[4] == 'BROKEN  '
    uuid = 'e-1'.ljust(36)
    assert lines[1:] == [
        f'SERVICEEVENT\t{uuid}\tarn:euca:eucalyptus:one:storage:sc/',
        f'SERVICEEVENT\t{uuid}\tERROR', f'SERVICEEVENT\t{uuid}\tt0',
        f'SERVICEEVENT\t{uuid}\tdisk full', f'SERVICEEVENT\t{uuid}\tat x']


@responses.activate
def test_endpoints_and_signature_configuration(inprocess):
    responses.post('http://clc.test:8773/services/Empyrean/', body=euca(
        'DescribeServicesResponseType', '<euca:serviceStatuses/>'))
    responses.post('http://boot.test/x/', body=euca(
        'DescribeServicesResponseType', '<euca:serviceStatuses/>'))
    env = {'EC2_URL': 'http://clc.test:8773/services/compute',
           'EUCA_PROPERTIES_URL': '', 'EUCA_BOOTSTRAP_URL': ''}
    code, out, _ = inprocess(DescribeServices, [], env=env)
    assert (code, out) == (0, '')
    assert_sigv2(0, 'http://clc.test:8773/services/Empyrean/')
    env = dict(env, EUCA_BOOTSTRAP_URL='http://boot.test/x/',
               EUCA_SIGNATURE_VERSION='4')
    code, _, _ = inprocess(DescribeServices, [], env=env)
    assert code == 0
    assert responses.calls[1].request.url == 'http://boot.test/x/'
    assert_sigv4(1)


@responses.activate
def test_server_errors_and_failed_returns(inprocess):
    responses.post(EMPYREAN, status=400, body=(
        '<ErrorResponse><Error><Code>InvalidParameterValue</Code><Message>'
        'No such state</Message></Error></ErrorResponse>').encode())
    responses.post(EMPYREAN, body=euca('ModifyServiceResponseType',
                                       tag('statusMessage', 'not now'),
                                       ret='false'))
    code, out, err = inprocess(ModifyService, ['sc', '-s', 'NAP'])
    assert (code, out) == (1, '')
    assert err == ('euca-modify-service: error (InvalidParameterValue): '
                   'No such state\n'
                   'euca-modify-service: run with --debug to see the '
                   'exchange\n')
    code, out, err = inprocess(ModifyService, ['sc', '-s', 'STOP'])
    assert (code, out, err) == (1, '', 'euca-modify-service: error: '
                                       'not now\n')


# -- properties ---------------------------------------------------------------

PROPS = ('<euca:properties><euca:item>' + tag('name', 'walrus.storagedir')
         + tag('value', '/var/lib/walrus')
         + tag('description', 'Where walrus keeps things')
         + '</euca:item><euca:item>' + tag('name', 'www.http_port')
         + tag('value', '8887') + '<euca:description/>'
         + '</euca:item></euca:properties>')


@responses.activate
def test_describe_properties(inprocess):
    responses.post(EMPYREAN, body=euca('DescribePropertiesResponseType',
                                       PROPS))
    code, out, _ = inprocess(DescribeProperties, ['-v', 'walrus', 'www'])
    assert code == 0
    params = assert_sigv2(0, EMPYREAN)
    assert (params['Action'], params['Property.1'], params['Property.2']) \
        == ('DescribeProperties', 'walrus', 'www')
    assert 'verbose' not in str(params).lower()
    assert out.splitlines() == [
        'PROPERTY\twalrus.storagedir\t/var/lib/walrus',
        'DESCRIPTION\twalrus.storagedir\tWhere walrus keeps things',
        'PROPERTY\twww.http_port\t8887']


@responses.activate
def test_modify_property_seed(inprocess):
    responses.post(PROPERTIES, body=euca(
        'ModifyPropertyValueResponseType',
        tag('name', 'loadbalancing.loadbalancer_emi')
        + tag('value', 'emi-7a4367b8') + tag('oldValue', 'emi-cf4fb988')))
    code, out, err = inprocess(ModifyProperty, [
        '-p', 'loadbalancing.loadbalancer_emi=emi-7a4367b8'])
    assert (code, err) == (0, '')
    params = assert_sigv2(0, PROPERTIES)
    assert (params['Action'], params['Version'], params['Name'],
            params['Value']) == ('ModifyPropertyValue', 'eucalyptus',
                                 'loadbalancing.loadbalancer_emi',
                                 'emi-7a4367b8')
    assert 'Reset' not in params
    assert out == ('PROPERTY\tloadbalancing.loadbalancer_emi\temi-7a4367b8 '
                   'was emi-cf4fb988\n')


@responses.activate
def test_modify_property_from_file_reset_and_empty_old(inprocess, tmp_path):
    path = tmp_path / 'value.txt'
    path.write_text('a=b,c\n')
    for _ in range(2):
        responses.post(PROPERTIES, body=euca(
            'ModifyPropertyValueResponseType', tag('name', 'x.y')
            + tag('value', 'v') + '<euca:oldValue/>'))
    code, out, _ = inprocess(ModifyProperty, ['-f', f'x.y={path}'])
    assert code == 0 and sent(0)['Value'] == 'a=b,c\n'
    assert out == 'PROPERTY\tx.y\tv was {}\n'
    code, _, _ = inprocess(ModifyProperty, ['-r', 'x.y'])
    assert code == 0
    assert (sent(1)['Name'], sent(1)['Reset']) == ('x.y', 'true')
    assert 'Value' not in sent(1)
    code, _, err = inprocess(ModifyProperty, ['-p', 'novalue'])
    assert code == 2 and 'KEY=VALUE' in err
    code, _, err = inprocess(ModifyProperty, [])
    assert code == 2 and 'one of the arguments' in err


# -- services -----------------------------------------------------------------

@responses.activate
def test_modify_service(inprocess):
    responses.post(EMPYREAN, body=euca('ModifyServiceResponseType'))
    code, out, _ = inprocess(ModifyService, ['-s', 'DISABLE', 'API_110'])
    assert (code, out) == (0, 'RESPONSE true\n')
    params = assert_sigv2(0, EMPYREAN)
    assert (params['Action'], params['Name'], params['State']) == \
        ('ModifyService', 'API_110', 'DISABLE')


REGISTERED = ('<euca:registeredServices><euca:item>' + tag('partition', 'P1')
              + tag('name', 'API_110') + tag('type', 'user-api')
              + tag('fullName', 'arn:euca:bootstrap:P1:user-api:API_110/')
              + tag('uri', 'http://10.0.0.5:8773/services/user-api')
              + '</euca:item></euca:registeredServices>')


@responses.activate
def test_register_service_new_partition(inprocess):
    statuses = euca('DescribeServicesResponseType',
                    f'<euca:serviceStatuses>{USER_API}</euca:serviceStatuses>')
    after = euca('DescribeServicesResponseType', '<euca:serviceStatuses>'
                 + USER_API + service_status('user-api', 'P1', 'API_120')
                 + '</euca:serviceStatuses>')
    responses.post(EMPYREAN, body=statuses)
    responses.post(EMPYREAN, body=euca('RegisterServiceResponseType',
                                       REGISTERED))
    responses.post(EMPYREAN, body=after)
    code, out, err = inprocess(RegisterService, [
        'API_110', '-T', 'user-api', '-P', 'P1', '-H', '10.0.0.5'])
    assert code == 0
    assert [sent(i)['Action'] for i in range(3)] == [
        'DescribeServices', 'RegisterService', 'DescribeServices']
    params = assert_sigv2(1, EMPYREAN)
    assert (params['Name'], params['Type'], params['Partition'],
            params['Host'], params['Port']) == ('API_110', 'user-api', 'P1',
                                                '10.0.0.5', '8773')
    assert err == "Created new partition 'P1'\n"
    assert out == ('SERVICE\t' + 'user-api'.ljust(18) + '\t' + 'P1'.ljust(10)
                   + '\t' + 'API_110'.ljust(21) + '\t'
                   + 'http://10.0.0.5:8773/services/user-api'.ljust(35)
                   + '\t' + 'arn:euca:bootstrap:P1:user-api:API_110/'
                   .ljust(35) + '\n')


@responses.activate
def test_register_failure_and_deregister(inprocess):
    none = euca('DescribeServicesResponseType', '<euca:serviceStatuses/>')
    responses.post(EMPYREAN, body=none)
    responses.post(EMPYREAN, body=euca(
        'RegisterServiceResponseType', '<euca:statusMessages><euca:item>'
        '<euca:entry>host unreachable</euca:entry></euca:item>'
        '</euca:statusMessages>', ret='false'))
    code, out, err = inprocess(RegisterService, [
        'sc', '-T', 'storage', '-P', 'one', '-H', '10.0.0.9', '-p', '8999'])
    assert (code, out) == (1, '')
    assert sent(1)['Port'] == '8999'
    assert err == ('euca-register-service: error: registration failed\n'
                   'ERROR\thost unreachable\n')
    responses.post(EMPYREAN, body=euca(
        'DeregisterServiceResponseType', REGISTERED.replace(
            'registeredServices', 'deregisteredServices')))
    code, out, _ = inprocess(DeregisterService, ['API_110', '-T',
                                                 'user-api'])
    assert code == 0
    params = assert_sigv2(2, EMPYREAN)
    assert (params['Action'], params['Name'], params['Type']) == \
        ('DeregisterService', 'API_110', 'user-api')
    assert out == ('SERVICE\t' + 'user-api'.ljust(18) + '\t' + 'P1'.ljust(10)
                   + '\t' + 'API_110'.ljust(21) + '\t'
                   + 'arn:euca:bootstrap:P1:user-api:API_110/'.ljust(35)
                   + '\n')


def groups(name, entries):
    return (f'<euca:{name}>' + ''.join(
        f'<euca:item><euca:entry>{e}</euca:entry></euca:item>'
        for e in entries) + f'</euca:{name}>')


TYPES = ('<euca:available><euca:item>' + tag('componentName', 'user-api')
         + tag('description', 'The user API') + tag('registerable', 'true')
         + tag('partitioned', 'false')
         + groups('serviceGroups', [])
         + groups('serviceGroupMembers', ['compute', 'euare'])
         + '</euca:item><euca:item>' + tag('componentName', 'storage')
         + tag('description', 'Block storage') + tag('registerable', 'true')
         + tag('partitioned', 'true') + groups('serviceGroups', ['zone'])
         + groups('serviceGroupMembers', []) + '</euca:item><euca:item>'
         + tag('componentName', 'bootstrap') + tag('description', 'Boot')
         + tag('registerable', 'false') + tag('partitioned', 'false')
         + '</euca:item></euca:available>')


@responses.activate
def test_describe_service_types(inprocess):
    responses.post(EMPYREAN, body=euca(
        'DescribeAvailableServiceTypesResponseType', TYPES))
    code, out, _ = inprocess(DescribeServiceTypes, ['-v'])
    assert code == 0
    params = assert_sigv2(0, EMPYREAN)
    assert (params['Action'], params['Verbose']) == \
        ('DescribeAvailableServiceTypes', 'true')
    assert out.splitlines() == [
        'SERVICE\t' + 'user-api'.ljust(21) + '\tregister,modifiable,internal'
        '\tThe user API',
        'SERVICE\t' + 'storage'.ljust(21) + '\tregister,partitioned,'
        'modifiable\tBlock storage',
        'SERVICE\t' + 'bootstrap'.ljust(21) + '\tinternal\tBoot',
        'SERVICEGROUP\t' + 'user-api'.ljust(21) + '\tcompute,euare',
        'GROUPMEMBER\t' + 'storage'.ljust(21) + '\tzone']


# -- components and nodes -----------------------------------------------------

@responses.activate
def test_describe_clusters_and_other_components(inprocess):
    registered = ('<euca:registered><euca:item>' + tag('partition', 'test00')
                  + tag('name', 'test00_cc') + tag('hostName', '192.168.51.29')
                  + tag('fullName', 'arn:euca:eucalyptus:test00:cluster:cc/')
                  + tag('state', 'ENABLED') + '<euca:detail/></euca:item>'
                  '<euca:item>' + tag('hostName', 'detail')
                  + '</euca:item></euca:registered>')
    responses.post(EMPYREAN, body=euca('DescribeClustersResponseType',
                                       registered))
    code, out, _ = inprocess(describecomponents.DescribeClusters, [])
    assert code == 0
    assert assert_sigv2(0, EMPYREAN)['Action'] == 'DescribeClusters'
    assert out == ('CLUSTER\ttest00         \ttest00_cc      \t'
                   '192.168.51.29            \tENABLED\t{}\n')
    responses.post(EMPYREAN, body=euca('DescribeComponentsResponseType',
                                       registered))
    code, out, _ = inprocess(describecomponents.DescribeComponents, [])
    assert sent(1)['Action'] == 'DescribeComponents'
    assert out == ('COMPONENT\ttest00\ttest00_cc\t192.168.51.29\t'
                   'arn:euca:eucalyptus:test00:cluster:cc/\tENABLED\t{}\n')
    responses.post(EMPYREAN, body=euca('DescribeEucalyptusResponseType',
                                       registered))
    code, out, _ = inprocess(describecomponents.DescribeClouds, [])
    assert sent(2)['Action'] == 'DescribeEucalyptus'
    assert out.startswith('CLOUDS\ttest00\ttest00_cc\t')


def test_every_component_listing_has_its_own_action():
    classes = [c for c in vars(describecomponents).values()
               if isinstance(c, type) and getattr(c, 'COMMAND', None)]
    assert len(classes) == 16
    assert len({c.ACTION for c in classes}) == 16
    assert all(c.ACTION.startswith('Describe') for c in classes)


NODES = ('<euca:serviceStatuses>' + service_status(
    'node', 'one', '10.0.0.7', host='10.0.0.7', extra=(
        '<euca:details><euca:item><euca:entry>cores=8</euca:entry>'
        '</euca:item><euca:item><euca:entry>mem=16G</euca:entry></euca:item>'
        '</euca:details>')) + service_status('cluster', 'one', 'cc')
    + '</euca:serviceStatuses>')
INSTANCES = (
    b'<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/'
    b'2012-07-20/"><reservationSet><item><instancesSet><item><instanceId>'
    b'i-38A74228</instanceId><tagSet><item><key>euca:node</key><value>'
    b'10.0.0.7</value></item><item><key>euca:node:migration:destination'
    b'</key><value>10.0.0.8</value></item></tagSet></item><item>'
    b'<instanceId>i-11111111</instanceId><tagSet><item><key>euca:node</key>'
    b'<value>10.0.0.7</value></item></tagSet></item></instancesSet></item>'
    b'</reservationSet></DescribeInstancesResponse>')


@responses.activate
def test_describe_nodes(inprocess):
    responses.post(EMPYREAN, body=euca('DescribeServicesResponseType',
                                       NODES))
    responses.post(COMPUTE, body=INSTANCES)
    code, out, err = inprocess(DescribeNodes, [], env=EUCARC)
    assert (code, err) == (0, '')
    params = assert_sigv2(0, EMPYREAN)
    assert (params['ListAll'], params['ByServiceType']) == ('true', 'node')
    params = assert_sigv2(1, COMPUTE)
    assert (params['Action'], params['InstanceId.1'], params['Version']) == \
        ('DescribeInstances', 'verbose', '2012-07-20')
    assert out.splitlines() == [
        'NODE\tone\t10.0.0.7\t10.0.0.7\tENABLED\tcores=8, mem=16G',
        'INSTANCE\ti-38A74228\tMIGRATING-TO\t10.0.0.8',
        'INSTANCE\ti-11111111']


@responses.activate
def test_describe_node_controllers(inprocess):
    responses.post(EMPYREAN, body=euca('DescribeServicesResponseType',
                                       NODES))
    responses.post('http://ec2.test/services/compute/', body=INSTANCES)
    code, out, _ = inprocess(EuservDescribeNodeControllers, [
        '--ec2-url', 'http://ec2.test/services/compute/'])
    assert code == 0
    assert_sigv4(0)
    assert_sigv4(1)
    assert sent(1)['Version'] == '2014-10-01'
    assert out.splitlines() == [
        'NODE  one  10.0.0.7  enabled  cores=8, mem=16G',
        'INSTANCE  i-38A74228  MIGRATING-TO  10.0.0.8',
        'INSTANCE  i-11111111']


# -- migration ----------------------------------------------------------------

MIGRATED = (b'<MigrateInstancesResponseType xmlns="http://ec2.amazonaws.com'
            b'/doc/2012-07-20/"><requestId>r-1</requestId>'
            b'</MigrateInstancesResponseType>')


@responses.activate
def test_migrate_one_instance_to_a_named_host(inprocess):
    responses.post(COMPUTE, body=MIGRATED)
    code, out, err = inprocess(MigrateInstances, [
        '-i', 'i-38A74228', '--dest', 'node2.example.com'], env=EUCARC)
    assert (code, out, err) == (0, '', '')
    params = assert_sigv2(0, COMPUTE)
    assert (params['Action'], params['Version'], params['InstanceId'],
            params['AllowHosts'], params['DestinationHost.1']) == (
        'MigrateInstances', '2012-07-20', 'i-38A74228', 'true',
        'node2.example.com')
    assert 'SourceHost' not in params


@responses.activate
def test_evacuate_a_host_and_stop_it_first(inprocess):
    responses.post(EMPYREAN, body=euca('ModifyServiceResponseType'))
    responses.post(COMPUTE, body=MIGRATED)
    code, out, _ = inprocess(MigrateInstances, [
        '--source', '10.0.0.7', '--exclude-dest', '10.0.0.8',
        '--exclude-dest', '10.0.0.9', '--stop-source'], env=EUCARC)
    assert (code, out) == (0, '')
    stop = assert_sigv2(0, EMPYREAN)
    assert (stop['Action'], stop['Name'], stop['State']) == \
        ('ModifyService', '10.0.0.7', 'STOP')
    params = assert_sigv2(1, COMPUTE)
    assert (params['SourceHost'], params['AllowHosts'],
            params['DestinationHost.1'], params['DestinationHost.2']) == \
        ('10.0.0.7', 'false', '10.0.0.8', '10.0.0.9')


@responses.activate
def test_migrate_usage_and_failure(inprocess):
    code, _, err = inprocess(MigrateInstances, ['-i', 'i-1',
                                                '--stop-source'])
    assert code == 2 and '--stop-source: only allowed with --source' in err
    code, _, err = inprocess(MigrateInstances, ['-i', 'i-1', '--source',
                                                'h'])
    assert code == 2 and 'not allowed with' in err
    code, _, err = inprocess(MigrateInstances, ['-i', 'i-1', '--dest', 'a',
                                                '--exclude-dest', 'b'])
    assert code == 2
    responses.post(COMPUTE, body=euca('MigrateInstancesResponseType',
                                      ret='false'))
    code, out, err = inprocess(MigrateInstances, ['--source', 'h'],
                                 env=EUCARC)
    assert (code, out) == (1, '')
    assert err == ('euca-migrate-instances: error: failed to start '
                   'migration\n')


@responses.activate
def test_euserv_migrate_instances(inprocess):
    responses.post(COMPUTE, body=MIGRATED)
    responses.post(EMPYREAN, body=euca('ModifyServiceResponseType'))
    code, out, _ = inprocess(EuservMigrateInstances, [
        '-s', '10.0.0.7', '--include-dest', '10.0.0.8', '--stop-source'],
        env=EUCARC)
    assert (code, out) == (0, '')
    assert_sigv4(0)
    params = sent(0)
    assert (params['Action'], params['Version'], params['SourceHost'],
            params['AllowHosts'], params['DestinationHost.1']) == (
        'MigrateInstances', '2014-10-01', '10.0.0.7', 'true', '10.0.0.8')
    assert (sent(1)['Action'], sent(1)['State']) == ('ModifyService', 'STOP')
    assert_sigv4(1)


# -- euserv-* -----------------------------------------------------------------

@responses.activate
def test_euserv_describe_services_groupings(inprocess):
    body = euca('DescribeServicesResponseType', '<euca:serviceStatuses>'
                + service_status('storage', 'one', 'one-sc-1', host='h2')
                + service_status('cluster', 'one', 'one-cc-1', 'NOTREADY',
                                 host='h1')
                + service_status('eucalyptus', 'eucalyptus', 'clc', host='h1')
                + '</euca:serviceStatuses>')
    for _ in range(4):
        responses.post(EMPYREAN, body=body)
    code, out, _ = inprocess(EuservDescribeServices, [
        '-a', '--filter', 'availability-zone=one', '--filter', 'state=x'])
    assert code == 0
    assert_sigv4(0)
    params = sent(0)
    assert (params['Action'], params['Version'], params['ListAll'],
            params['Filter.1.Name'], params['Filter.1.Value.1'],
            params['Filter.2.Name']) == (
        'DescribeServices', 'eucalyptus', 'true', 'partition', 'one', 'state')
    assert out.splitlines() == [
        'SERVICE  cluster     one         one-cc-1  notready',
        'SERVICE  eucalyptus  eucalyptus  clc       enabled',
        'SERVICE  storage     one         one-sc-1  enabled']
    code, out, _ = inprocess(EuservDescribeServices, ['--group-by-host',
                                                      '--show-headers'])
    assert out.splitlines()[:2] == [
        'SERVICE  HOST  TYPE        NAME      STATE',
        'SERVICE  h1    cluster     one-cc-1  notready']
    code, out, _ = inprocess(EuservDescribeServices, ['--group-by-zone'])
    assert out.splitlines()[0] == ('SERVICE  eucalyptus  eucalyptus  clc'
                                   '       enabled')
    code, out, _ = inprocess(EuservDescribeServices, ['--expert'])
    assert out.splitlines()[0].split() == [
        'SERVICE', 'arn:euca:eucalyptus:eucalyptus:eucalyptus:clc/',
        'enabled', '45', 'http://h1:8773/services/eucalyptus']


@responses.activate
def test_euserv_register_modify_deregister(inprocess):
    for root in ('RegisterServiceResponseType', 'ModifyServiceResponseType',
                 'DeregisterServiceResponseType',
                 'RegisterServiceResponseType'):
        responses.post(EMPYREAN, body=euca(root))
    code, out, _ = inprocess(EuservRegisterService, [
        'one-cc-1', '-t', 'cluster', '-h', '10.0.0.2', '-z', 'one'])
    assert (code, out) == (0, '')
    assert_sigv4(0)
    params = sent(0)
    assert (params['Action'], params['Name'], params['Type'], params['Host'],
            params['Partition'], params['Port']) == (
        'RegisterService', 'one-cc-1', 'cluster', '10.0.0.2', 'one', '8774')
    code, out, _ = inprocess(EuservModifyService, ['one-cc-1', '-s',
                                                   'DISABLE'])
    assert (code, out) == (0, '')
    assert (sent(1)['Action'], sent(1)['Name'], sent(1)['State']) == \
        ('ModifyService', 'one-cc-1', 'DISABLE')
    code, out, _ = inprocess(EuservDeregisterService, ['one-cc-1'])
    assert (code, out) == (0, '')
    assert (sent(2)['Action'], sent(2)['Name']) == ('DeregisterService',
                                                    'one-cc-1')
    code, _, _ = inprocess(EuservRegisterService, [
        'api', '-t', 'user-api', '--host', '10.0.0.3', '--port', '8443'])
    assert code == 0 and sent(3)['Port'] == '8443'
    code, _, err = inprocess(EuservRegisterService, ['x', '-t', 'storage'])
    assert code == 2 and '-h/--host' in err


@responses.activate
def test_euserv_describe_service_types(inprocess):
    responses.post(EMPYREAN, body=euca(
        'DescribeAvailableServiceTypesResponseType', TYPES))
    responses.post(EMPYREAN, body=euca(
        'DescribeAvailableServiceTypesResponseType', TYPES))
    code, out, _ = inprocess(EuservDescribeServiceTypes, [])
    assert code == 0
    assert_sigv4(0)
    assert sent(0)['Action'] == 'DescribeAvailableServiceTypes'
    assert out.splitlines() == [
        'SVCTYPE  storage   zone  Block storage',
        'SVCTYPE  user-api        The user API']
    code, out, _ = inprocess(EuservDescribeServiceTypes, ['-a'])
    assert out.splitlines()[0] == 'SVCTYPE  bootstrap        Boot'


@responses.activate
def test_euserv_describe_events(inprocess):
    detail = ('<euca:statusDetails><euca:item>' + tag('severity', 'ERROR')
              + tag('uuid', 'e-1') + tag('message', 'disk full\nreally')
              + tag('serviceFullName', 'arn:euca:eucalyptus:one:storage:sc/')
              + tag('serviceName', 'sc') + tag('serviceHost', '10.0.0.4')
              + tag('timestamp', 'Mon, 01 Jun 2015 12:00:00 +0000')
              + '</euca:item></euca:statusDetails>')
    body = euca('DescribeServicesResponseType', '<euca:serviceStatuses>'
                + service_status('storage', 'one', 'sc', extra=detail)
                + '</euca:serviceStatuses>')
    responses.post(EMPYREAN, body=body)
    responses.post(EMPYREAN, body=body)
    code, out, _ = inprocess(EuservDescribeEvents, ['-s'], env={'TZ': 'UTC'})
    assert code == 0
    params = sent(0)
    assert (params['ListAll'], params['ShowEvents'],
            params['ShowEventStacks']) == ('true', 'true', 'true')
    lines = out.splitlines()
    assert lines[0] == 'events:'
    assert lines[1].startswith('- timestamp: 2015-06-01 ')
    assert lines[2:] == [
        '  severity: ERROR', '  id: e-1', '  subject-type: storage',
        '  subject-name: sc', '  subject-host: 10.0.0.4',
        '  subject-arn: arn:euca:eucalyptus:one:storage:sc/',
        '  message: |-', '    disk full', '    really']
    code, out, _ = inprocess(EuservDescribeEvents, [
        '-f', 'format:{severity}|{subject-name}|{message}'])
    assert out == 'ERROR|sc|disk full\\nreally\n'
    code, _, err = inprocess(EuservDescribeEvents, ['-f', 'xml'])
    assert code == 2 and 'format' in err


# -- euctl --------------------------------------------------------------------

@responses.activate
def test_euctl_show_set_and_reset(inprocess):
    one = ('<euca:properties><euca:item>' + tag('name', 'dns.enabled')
           + tag('value', 'true') + tag('defaultValue', 'false')
           + tag('description', 'Enable DNS') + '</euca:item>'
           '<euca:item>' + tag('name', 'cloud.network.network_configuration')
           + tag('value', '{"Mode": "EDGE"}') + '</euca:item>'
           '</euca:properties>')
    modified = euca('ModifyPropertyValueResponseType', tag('name', 'x'))
    responses.post(PROPERTIES, body=euca('DescribePropertiesResponseType',
                                         one))
    code, out, err = inprocess(Euctl, ['-A'])
    assert code == 0
    assert_sigv4(0)
    params = sent(0)
    assert params['Action'] == 'DescribeProperties'
    assert 'Property.1' not in params
    assert out == 'dns.enabled = true\n'
    assert err == ('use euctl --dump to view '
                   'cloud.network.network_configuration\n')
    described = euca('DescribePropertiesResponseType', one)
    for body in (modified, described, modified, described, modified):
        responses.post(PROPERTIES, body=body)
    code, out, _ = inprocess(Euctl, ['dns.enabled=false', '-d'])
    assert code == 0
    assert (sent(1)['Action'], sent(1)['Name'], sent(1)['Value']) == \
        ('ModifyPropertyValue', 'dns.enabled', 'false')
    assert (sent(2)['Action'], sent(2)['Property.1']) == \
        ('DescribeProperties', 'dns.enabled')
    assert out == 'dns.enabled = false\n'
    code, out, _ = inprocess(Euctl, ['-r', '-n', '-s', 'dns.enabled'])
    assert (sent(3)['Name'], sent(3)['Reset']) == ('dns.enabled', 'true')
    assert out == 'Enable DNS\n'
    code, out, _ = inprocess(Euctl, ['-q', 'dns.enabled='])
    assert code == 0 and out == ''
    assert sent(5)['Value'] == ''


@responses.activate
def test_euctl_dump_and_usage(inprocess):
    responses.post(PROPERTIES, body=euca(
        'DescribePropertiesResponseType', '<euca:properties><euca:item>'
        + tag('name', 'cloud.network.network_configuration')
        + tag('value', '{"Mode": "EDGE", "Subnets": []}')
        + '</euca:item></euca:properties>'))
    code, out, _ = inprocess(Euctl, [
        '--dump', 'cloud.network.network_configuration'])
    assert code == 0
    assert out == '{\n  "Mode": "EDGE",\n  "Subnets": []\n}\n'
    code, out, _ = inprocess(Euctl, [
        '--dump', '--format', 'raw', 'cloud.network.network_configuration'])
    assert out == '{"Mode": "EDGE", "Subnets": []}\n'
    code, _, err = inprocess(Euctl, ['--dump', 'dns.enabled'])
    assert code == 2 and 'may not be used with variable dns.enabled' in err
    code, _, err = inprocess(Euctl, ['--edit', '--format', 'raw',
                                     'cloud.network.network_configuration'])
    assert code == 2 and '"raw" is only allowed with --dump' in err


ALL_COMMANDS = [
    DescribeServices, DescribeProperties, ModifyProperty, ModifyService,
    MigrateInstances, DescribeNodes, RegisterService, DeregisterService,
    DescribeServiceTypes, EuservDescribeServices, EuservRegisterService,
    EuservModifyService, EuservDeregisterService, EuservDescribeServiceTypes,
    EuservDescribeNodeControllers, EuservDescribeEvents,
    EuservMigrateInstances, Euctl] + [
    c for c in vars(describecomponents).values()
    if isinstance(c, type) and getattr(c, 'COMMAND', None)]


@pytest.mark.parametrize('command', ALL_COMMANDS,
                         ids=[c.COMMAND for c in ALL_COMMANDS])
def test_help(inprocess, command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        command.run(['--help'])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith('usage: ')
    assert '--help' in out
