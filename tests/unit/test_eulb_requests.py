"""What every eulb-* command sends and prints, in-process with `responses`.

The responses are shaped like AWS's own (2012-06-01 API), including the
actions moto lacks (DescribeLoadBalancerPolicyTypes) or answers wrongly
(Register/DeregisterInstances, which moto answers with no instances).
"""

import pytest
import responses

from tests.query_helpers import members, query_xml, sent
from tests.unit.request_cases import Family

from euca2ools.commands.eulb.addtags import AddTags
from euca2ools.commands.eulb.applysecuritygroupstoloadbalancer import \
    ApplySecurityGroupsToLoadBalancer
from euca2ools.commands.eulb.attachloadbalancertosubnets import \
    AttachLoadBalancerToSubnets
from euca2ools.commands.eulb.configurehealthcheck import ConfigureHealthCheck
from euca2ools.commands.eulb.createappcookiestickinesspolicy import \
    CreateAppCookieStickinessPolicy
from euca2ools.commands.eulb.createlbcookiestickinesspolicy import \
    CreateLBCookieStickinessPolicy
from euca2ools.commands.eulb.createloadbalancer import CreateLoadBalancer
from euca2ools.commands.eulb.createloadbalancerlisteners import \
    CreateLoadBalancerListeners
from euca2ools.commands.eulb.createloadbalancerpolicy import \
    CreateLoadBalancerPolicy
from euca2ools.commands.eulb.deleteloadbalancer import DeleteLoadBalancer
from euca2ools.commands.eulb.deleteloadbalancerlisteners import \
    DeleteLoadBalancerListeners
from euca2ools.commands.eulb.deleteloadbalancerpolicy import \
    DeleteLoadBalancerPolicy
from euca2ools.commands.eulb.deregisterinstancesfromloadbalancer import \
    DeregisterInstancesFromLoadBalancer
from euca2ools.commands.eulb.describeinstancehealth import \
    DescribeInstanceHealth
from euca2ools.commands.eulb.describeloadbalancerattributes import \
    DescribeLoadBalancerAttributes
from euca2ools.commands.eulb.describeloadbalancerpolicies import \
    DescribeLoadBalancerPolicies
from euca2ools.commands.eulb.describeloadbalancerpolicytypes import \
    DescribeLoadBalancerPolicyTypes
from euca2ools.commands.eulb.describeloadbalancers import \
    DescribeLoadBalancers
from euca2ools.commands.eulb.describetags import DescribeTags
from euca2ools.commands.eulb.detachloadbalancerfromsubnets import \
    DetachLoadBalancerFromSubnets
from euca2ools.commands.eulb.disableavailabilityzonesforloadbalancer import \
    DisableAvailabilityZonesForLoadBalancer
from euca2ools.commands.eulb.enableavailabilityzonesforloadbalancer import \
    EnableAvailabilityZonesForLoadBalancer
from euca2ools.commands.eulb.modifyloadbalancerattributes import \
    ModifyLoadBalancerAttributes
from euca2ools.commands.eulb.registerinstanceswithloadbalancer import \
    RegisterInstancesWithLoadBalancer
from euca2ools.commands.eulb.removetags import RemoveTags
from euca2ools.commands.eulb.setloadbalancerlistenersslcertificate import \
    SetLoadBalancerListenerSSLCertificate
from euca2ools.commands.eulb.setloadbalancerpoliciesforbackendserver import \
    SetLoadBalancerPoliciesForBackendServer
from euca2ools.commands.eulb.setloadbalancerpoliciesoflistener import \
    SetLoadBalancerPoliciesOfListener

URL = 'http://cloud.test/'
NS = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/'
CERT = 'arn:aws:iam::123456789012:server-certificate/web'


def aws_xml(action, result=''):
    return query_xml(NS, action, result)


ELB = Family(aws_xml, '2012-06-01')


INSTANCES = ('<Instances>' + members('<InstanceId>i-1</InstanceId>',
                                     '<InstanceId>i-2</InstanceId>')
             + '</Instances>')
SSL_POLICY = (
    '<member><PolicyName>ssl</PolicyName><PolicyTypeName>'
    'SSLNegotiationPolicyType</PolicyTypeName><PolicyAttributeDescriptions>'
    + members('<AttributeName>Protocol-TLSv1.2</AttributeName>'
              '<AttributeValue>true</AttributeValue>',
              '<AttributeName>Protocol-SSLv3</AttributeName>'
              '<AttributeValue>false</AttributeValue>')
    + '</PolicyAttributeDescriptions></member>')
LISTENER_80 = {'Listeners.member.1.LoadBalancerPort': '80',
               'Listeners.member.1.Protocol': 'HTTP',
               'Listeners.member.1.InstancePort': '8888',
               'Listeners.member.1.InstanceProtocol': 'HTTP'}

# (command, argv, response result XML, parameters sent, stdout)
CASES = [
    (ApplySecurityGroupsToLoadBalancer, ['web', '-g', 'sg-1,sg-2'],
     f'<SecurityGroups>{members("sg-1", "sg-2")}</SecurityGroups>',
     {'LoadBalancerName': 'web', 'SecurityGroups.member.1': 'sg-1',
      'SecurityGroups.member.2': 'sg-2'},
     'SECURITY_GROUPS\tsg-1, sg-2\n'),
    (AttachLoadBalancerToSubnets, ['web', '-s', 'subnet-1, subnet-2'],
     f'<Subnets>{members("subnet-0", "subnet-1", "subnet-2")}</Subnets>',
     {'LoadBalancerName': 'web', 'Subnets.member.1': 'subnet-1',
      'Subnets.member.2': 'subnet-2'},
     'SUBNETS\tsubnet-0, subnet-1, subnet-2\n'),
    (DetachLoadBalancerFromSubnets, ['web', '-s', 'subnet-2'],
     f'<Subnets>{members("subnet-0", "subnet-1")}</Subnets>',
     {'LoadBalancerName': 'web', 'Subnets.member.1': 'subnet-2'},
     'SUBNETS\tsubnet-0,subnet-1\n'),
    (EnableAvailabilityZonesForLoadBalancer, ['web', '-z', 'zone-b'],
     f'<AvailabilityZones>{members("zone-a", "zone-b")}</AvailabilityZones>',
     {'LoadBalancerName': 'web', 'AvailabilityZones.member.1': 'zone-b'},
     'AVAILABILITY_ZONES\tzone-a, zone-b\n'),
    (DisableAvailabilityZonesForLoadBalancer, ['web', '-z', 'zone-b,zone-c'],
     f'<AvailabilityZones>{members("zone-a")}</AvailabilityZones>',
     {'LoadBalancerName': 'web', 'AvailabilityZones.member.1': 'zone-b',
      'AvailabilityZones.member.2': 'zone-c'},
     'AVAILABILITY_ZONES\tzone-a\n'),
    (ConfigureHealthCheck,
     ['web', '-t', 'HTTP:8888/ping', '--interval', '30', '--timeout', '5',
      '--healthy-threshold', '2', '--unhealthy-threshold', '3'],
     '<HealthCheck><Interval>30</Interval><Target>HTTP:8888/ping</Target>'
     '<HealthyThreshold>2</HealthyThreshold><Timeout>5</Timeout>'
     '<UnhealthyThreshold>3</UnhealthyThreshold></HealthCheck>',
     {'LoadBalancerName': 'web', 'HealthCheck.Target': 'HTTP:8888/ping',
      'HealthCheck.Interval': '30', 'HealthCheck.Timeout': '5',
      'HealthCheck.HealthyThreshold': '2',
      'HealthCheck.UnhealthyThreshold': '3'},
     'HEALTH_CHECK\tHTTP:8888/ping\t30\t5\t2\t3\n'),
    (CreateAppCookieStickinessPolicy, ['web', '-c', 'JSESSIONID', '-p', 'app'],
     '', {'LoadBalancerName': 'web', 'CookieName': 'JSESSIONID',
          'PolicyName': 'app'}, ''),
    (CreateLBCookieStickinessPolicy, ['web', '-e', '60', '-p', 'lbc'],
     '', {'LoadBalancerName': 'web', 'CookieExpirationPeriod': '60',
          'PolicyName': 'lbc'}, ''),
    (CreateLoadBalancer,
     ['web', '-z', 'zone-a,zone-b', '-l',
      'lb-port=80, protocol=HTTP, instance-port=8888, instance-protocol=HTTP',
      '-l', f'lb-port=443,protocol=https,instance-port=8443,cert-id={CERT}',
      '-t', 'env=prod', '-t', 'empty'],
     '<DNSName>web-1234.elb.example.com</DNSName>',
     {'Action': 'CreateLoadBalancer', 'Version': '2012-06-01',
      'LoadBalancerName': 'web', 'AvailabilityZones.member.1': 'zone-a',
      'AvailabilityZones.member.2': 'zone-b', **LISTENER_80,
      'Listeners.member.2.LoadBalancerPort': '443',
      'Listeners.member.2.Protocol': 'HTTPS',
      'Listeners.member.2.InstancePort': '8443',
      'Listeners.member.2.SSLCertificateId': CERT,
      'Tags.member.1.Key': 'env', 'Tags.member.1.Value': 'prod',
      'Tags.member.2.Key': 'empty', 'Tags.member.2.Value': ''},
     'DNS_NAME\tweb-1234.elb.example.com\n'),
    (CreateLoadBalancer,
     ['internal-web', '-s', 'subnet-1', '-i', 'internal', '-g', 'sg-1,sg-2',
      '-l', 'lb-port=25,protocol=TCP,instance-port=25,instance-protocol=TCP'],
     '<DNSName>internal-web.elb.example.com</DNSName>',
     {'LoadBalancerName': 'internal-web', 'Subnets.member.1': 'subnet-1',
      'Scheme': 'internal', 'SecurityGroups.member.1': 'sg-1',
      'SecurityGroups.member.2': 'sg-2',
      'Listeners.member.1.Protocol': 'TCP',
      'Listeners.member.1.InstanceProtocol': 'TCP'},
     'DNS_NAME\tinternal-web.elb.example.com\n'),
    (CreateLoadBalancerListeners,
     ['web', '-l', 'lb-port=80, protocol=HTTP, instance-port=8888, '
      'instance-protocol=HTTP'],
     '', {'LoadBalancerName': 'web', **LISTENER_80}, ''),
    (CreateLoadBalancerPolicy,
     ['web', '-n', 'ssl', '-t', 'SSLNegotiationPolicyType', '-a',
      'name=Protocol-TLSv1.2, value=true', '-A', 'Protocol-SSLv3=false,'
      'Server-Defined-Cipher-Order=true'],
     '', {'LoadBalancerName': 'web', 'PolicyName': 'ssl',
          'PolicyTypeName': 'SSLNegotiationPolicyType',
          'PolicyAttributes.member.1.AttributeName': 'Protocol-TLSv1.2',
          'PolicyAttributes.member.1.AttributeValue': 'true',
          'PolicyAttributes.member.2.AttributeName': 'Protocol-SSLv3',
          'PolicyAttributes.member.2.AttributeValue': 'false',
          'PolicyAttributes.member.3.AttributeName':
              'Server-Defined-Cipher-Order',
          'PolicyAttributes.member.3.AttributeValue': 'true'}, ''),
    # "KEY=" sends an empty Value, as "KEY" does (euca2ools 3.4).
    (AddTags, ['web', '-t', 'env=prod', '--tag', 'team=ops', '-t', 'x='], '',
     {'Action': 'AddTags', 'LoadBalancerNames.member.1': 'web',
      'Tags.member.1.Key': 'env', 'Tags.member.1.Value': 'prod',
      'Tags.member.2.Key': 'team', 'Tags.member.2.Value': 'ops',
      'Tags.member.3.Key': 'x', 'Tags.member.3.Value': ''}, ''),
    (RemoveTags, ['web', '-t', 'env', '-t', 'team'], '',
     {'Action': 'RemoveTags', 'LoadBalancerNames.member.1': 'web',
      'Tags.member.1.Key': 'env', 'Tags.member.2.Key': 'team'}, ''),
    (DeleteLoadBalancer, ['web'], '', {'LoadBalancerName': 'web'}, ''),
    (DeleteLoadBalancer, ['web', '--force'], '',
     {'LoadBalancerName': 'web'}, ''),
    (DeleteLoadBalancerListeners, ['web', '-l', '80,443'], '',
     {'LoadBalancerName': 'web', 'LoadBalancerPorts.member.1': '80',
      'LoadBalancerPorts.member.2': '443'}, ''),
    (DeleteLoadBalancerPolicy, ['web', '-p', 'old'], '',
     {'LoadBalancerName': 'web', 'PolicyName': 'old'}, ''),
    (RegisterInstancesWithLoadBalancer, ['web', '--instances', 'i-2'],
     INSTANCES, {'LoadBalancerName': 'web',
                 'Instances.member.1.InstanceId': 'i-2'},
     'INSTANCE\ti-1\nINSTANCE\ti-2\n'),
    (DeregisterInstancesFromLoadBalancer,
     ['web', '--instances', 'i-3,i-4'], INSTANCES,
     {'LoadBalancerName': 'web', 'Instances.member.1.InstanceId': 'i-3',
      'Instances.member.2.InstanceId': 'i-4'},
     'INSTANCE\ti-1\nINSTANCE\ti-2\n'),
    (DescribeInstanceHealth, ['web'],
     '<InstanceStates><member><Description>N/A</Description><InstanceId>i-1'
     '</InstanceId><ReasonCode>N/A</ReasonCode><State>InService</State>'
     '</member><member><Description>Instance has failed at least the '
     'UnhealthyThreshold number of health checks consecutively.'
     '</Description><InstanceId>i-2</InstanceId><ReasonCode>Instance'
     '</ReasonCode><State>OutOfService</State></member></InstanceStates>',
     {'Action': 'DescribeInstanceHealth', 'LoadBalancerName': 'web'},
     'INSTANCE\ti-1\tInService\nINSTANCE\ti-2\tOutOfService\n'),
    (DescribeInstanceHealth, ['web', '--instances', 'i-2', '--show-long'],
     '<InstanceStates><member><Description>Instance is in pending state.'
     '</Description><InstanceId>i-2</InstanceId><ReasonCode>ELB'
     '</ReasonCode><State>OutOfService</State></member></InstanceStates>',
     {'LoadBalancerName': 'web', 'Instances.member.1.InstanceId': 'i-2'},
     'INSTANCE\ti-2\tOutOfService\tInstance is in pending state.\tELB\n'),
    (DescribeLoadBalancerAttributes, ['web'],
     '<LoadBalancerAttributes><ConnectionDraining><Enabled>true</Enabled>'
     '<Timeout>300</Timeout></ConnectionDraining><CrossZoneLoadBalancing>'
     '<Enabled>false</Enabled></CrossZoneLoadBalancing><AccessLog><Enabled>'
     'true</Enabled><S3BucketName>logs</S3BucketName><EmitInterval>60'
     '</EmitInterval><S3BucketPrefix/></AccessLog><ConnectionSettings>'
     '<IdleTimeout>60</IdleTimeout></ConnectionSettings>'
     '<AdditionalAttributes><member><Key>elb.http.desyncmitigationmode</Key>'
     '<Value>defensive</Value></member></AdditionalAttributes>'
     '</LoadBalancerAttributes>',
     {'Action': 'DescribeLoadBalancerAttributes', 'LoadBalancerName': 'web'},
     'AccessLog.EmitInterval\t60\nAccessLog.Enabled\ttrue\n'
     'AccessLog.S3BucketName\tlogs\nAccessLog.S3BucketPrefix\t\n'
     'AdditionalAttributes.elb.http.desyncmitigationmode\tdefensive\n'
     'ConnectionDraining.Enabled\ttrue\nConnectionDraining.Timeout\t300\n'
     'ConnectionSettings.IdleTimeout\t60\n'
     'CrossZoneLoadBalancing.Enabled\tfalse\n'),
    (ModifyLoadBalancerAttributes,
     ['web', 'ConnectionDraining.Enabled=true',
      'ConnectionDraining.Timeout=120', 'AccessLog.S3BucketPrefix='],
     '<LoadBalancerName>web</LoadBalancerName><LoadBalancerAttributes>'
     '<ConnectionDraining><Enabled>true</Enabled><Timeout>120</Timeout>'
     '</ConnectionDraining></LoadBalancerAttributes>',
     {'LoadBalancerName': 'web',
      'LoadBalancerAttributes.ConnectionDraining.Enabled': 'true',
      'LoadBalancerAttributes.ConnectionDraining.Timeout': '120',
      'LoadBalancerAttributes.AccessLog.S3BucketPrefix': ''}, ''),
    (DescribeLoadBalancerPolicies, ['web', '-p', 'ssl,sticky'],
     '<PolicyDescriptions>' + SSL_POLICY + '<member><PolicyName>sticky'
     '</PolicyName><PolicyTypeName>LBCookieStickinessPolicyType'
     '</PolicyTypeName><PolicyAttributeDescriptions/></member>'
     '</PolicyDescriptions>',
     {'LoadBalancerName': 'web', 'PolicyNames.member.1': 'ssl',
      'PolicyNames.member.2': 'sticky'},
     'POLICY\tssl\tSSLNegotiationPolicyType\n'
     'POLICY\tsticky\tLBCookieStickinessPolicyType\n'),
    (DescribeLoadBalancerPolicyTypes, ['LBCookieStickinessPolicyType'],
     '<PolicyTypeDescriptions><member><PolicyTypeName>'
     'LBCookieStickinessPolicyType</PolicyTypeName><Description>Stickiness '
     'policy with session lifetimes controlled by the browser (user-agent) '
     'or a specified expiration period.</Description>'
     '<PolicyAttributeTypeDescriptions><member><AttributeName>'
     'CookieExpirationPeriod</AttributeName><AttributeType>Long'
     '</AttributeType><Cardinality>ZERO_OR_ONE</Cardinality></member>'
     '</PolicyAttributeTypeDescriptions></member></PolicyTypeDescriptions>',
     {'Action': 'DescribeLoadBalancerPolicyTypes',
      'PolicyTypeNames.member.1': 'LBCookieStickinessPolicyType'},
     'POLICY_TYPE\tLBCookieStickinessPolicyType\tStickiness policy with '
     'session lifetimes controlled by the browser (user-agent) or a '
     'specified expiration period.\n'),
    (DescribeTags, ['web', 'db'],
     '<TagDescriptions><member><LoadBalancerName>web</LoadBalancerName>'
     '<Tags><member><Key>env</Key><Value>prod</Value></member></Tags>'
     '</member><member><LoadBalancerName>db</LoadBalancerName><Tags>'
     '<member><Key>env</Key><Value>test</Value></member><member><Key>team'
     '</Key><Value/></member></Tags></member></TagDescriptions>',
     {'Action': 'DescribeTags', 'LoadBalancerNames.member.1': 'web',
      'LoadBalancerNames.member.2': 'db'},
     'TAG\tload-balancer\tweb\tenv\tprod\n'
     'TAG\tload-balancer\tdb\tenv\ttest\n'
     'TAG\tload-balancer\tdb\tteam\t\n'),
    (DescribeLoadBalancers, ['web', 'db'],
     '<LoadBalancerDescriptions><member><LoadBalancerName>web'
     '</LoadBalancerName><DNSName>web.elb</DNSName><CreatedTime>'
     '2013-05-24T21:15:31.280Z</CreatedTime><Scheme>internet-facing</Scheme>'
     '</member></LoadBalancerDescriptions>',
     {'LoadBalancerNames.member.1': 'web', 'LoadBalancerNames.member.2': 'db'},
     'LOAD_BALANCER\tweb\tweb.elb\t2013-05-24T21:15:31.280Z\t'
     'internet-facing\n'),
    (SetLoadBalancerListenerSSLCertificate,
     ['web', '-l', '443', '-c', CERT], '',
     {'LoadBalancerName': 'web', 'LoadBalancerPort': '443',
      'SSLCertificateId': CERT}, ''),
    (SetLoadBalancerPoliciesForBackendServer,
     ['web', '-i', '8443', '-p', 'backend-auth'], '',
     {'LoadBalancerName': 'web', 'InstancePort': '8443',
      'PolicyNames.member.1': 'backend-auth'}, ''),
    (SetLoadBalancerPoliciesOfListener,
     ['web', '-l', '80', '-p', 'sticky,ssl'], '',
     {'LoadBalancerName': 'web', 'LoadBalancerPort': '80',
      'PolicyNames.member.1': 'sticky', 'PolicyNames.member.2': 'ssl'}, ''),
]


test_request_and_rows = ELB.table_test(CASES)


@pytest.mark.parametrize('command, prints', sorted(
    {(case[0], bool(case[4])) for case in CASES}, key=lambda c: c[0].COMMAND))
def test_show_empty_fields_only_where_rows_are_printed(command, prints):
    usage = command.build_parser().format_usage()
    assert ('--show-empty-fields' in usage) == prints


def test_every_eulb_command_is_covered():
    import pathlib
    import re
    package = pathlib.Path(__file__).parents[2] / 'euca2ools/commands/eulb'
    declared = set()
    for path in package.glob('*.py'):
        declared.update(re.findall(r"COMMAND = '([^']+)'", path.read_text()))
    assert len(declared) == 28
    assert declared == {case[0].COMMAND for case in CASES}


FULL_LB = (
    '<member><LoadBalancerName>web</LoadBalancerName>'
    '<DNSName>web-1.us-east-1.elb.amazonaws.com</DNSName>'
    '<CanonicalHostedZoneName>web-1.us-east-1.elb.amazonaws.com'
    '</CanonicalHostedZoneName>'
    '<CanonicalHostedZoneNameID>Z3DZXE0Q79N41H</CanonicalHostedZoneNameID>'
    '<ListenerDescriptions><member><Listener><Protocol>HTTPS</Protocol>'
    '<LoadBalancerPort>443</LoadBalancerPort><InstanceProtocol>HTTP'
    f'</InstanceProtocol><InstancePort>80</InstancePort><SSLCertificateId>'
    f'{CERT}</SSLCertificateId></Listener><PolicyNames>'
    '<member>ssl</member><member>sticky</member></PolicyNames></member>'
    '<member><Listener><Protocol>HTTP</Protocol><LoadBalancerPort>80'
    '</LoadBalancerPort><InstanceProtocol>HTTP</InstanceProtocol>'
    '<InstancePort>80</InstancePort></Listener><PolicyNames/></member>'
    '</ListenerDescriptions>'
    '<Policies><AppCookieStickinessPolicies><member><PolicyName>app'
    '</PolicyName><CookieName>JSESSIONID</CookieName></member>'
    '</AppCookieStickinessPolicies><LBCookieStickinessPolicies><member>'
    '<PolicyName>sticky</PolicyName><CookieExpirationPeriod>60'
    '</CookieExpirationPeriod></member></LBCookieStickinessPolicies>'
    '<OtherPolicies><member>ssl</member><member>backend-auth</member>'
    '</OtherPolicies></Policies>'
    '<BackendServerDescriptions><member><InstancePort>8443</InstancePort>'
    '<PolicyNames><member>backend-auth</member></PolicyNames></member>'
    '</BackendServerDescriptions>'
    '<AvailabilityZones><member>us-east-1a</member><member>us-east-1b'
    '</member></AvailabilityZones>'
    '<Subnets><member>subnet-1</member><member>subnet-2</member></Subnets>'
    '<VPCId>vpc-1</VPCId>'
    '<Instances><member><InstanceId>i-1</InstanceId></member><member>'
    '<InstanceId>i-2</InstanceId></member></Instances>'
    '<HealthCheck><Target>HTTP:80/ping</Target><Interval>30</Interval>'
    '<Timeout>5</Timeout><UnhealthyThreshold>2</UnhealthyThreshold>'
    '<HealthyThreshold>10</HealthyThreshold></HealthCheck>'
    '<SourceSecurityGroup><OwnerAlias>amazon-elb</OwnerAlias><GroupName>'
    'amazon-elb-sg</GroupName></SourceSecurityGroup>'
    '<SecurityGroups><member>sg-1</member><member>sg-2</member>'
    '</SecurityGroups><CreatedTime>2013-05-24T21:15:31.280Z</CreatedTime>'
    '<Scheme>internet-facing</Scheme></member>')
BARE_LB = (
    '<member><LoadBalancerName>{name}</LoadBalancerName><DNSName>{name}.elb'
    '</DNSName><ListenerDescriptions/><Policies><AppCookieStickinessPolicies/>'
    '<LBCookieStickinessPolicies/><OtherPolicies/></Policies>'
    '<BackendServerDescriptions/><AvailabilityZones><member>zone-a</member>'
    '</AvailabilityZones><Subnets/><Instances/><SecurityGroups/>'
    '<CreatedTime>2013-05-24T21:15:31.280Z</CreatedTime><Scheme>internal'
    '</Scheme></member>')


@responses.activate
def test_describe_lbs_short_and_long_rows(inprocess):
    body = aws_xml('DescribeLoadBalancers',
                   f'<LoadBalancerDescriptions>{FULL_LB}'
                   '</LoadBalancerDescriptions>')
    responses.post(URL, body=body)
    code, out, _ = inprocess(DescribeLoadBalancers, ['web'])
    assert code == 0
    assert sent()['LoadBalancerNames.member.1'] == 'web'
    assert out == ('LOAD_BALANCER\tweb\tweb-1.us-east-1.elb.amazonaws.com\t'
                   '2013-05-24T21:15:31.280Z\tinternet-facing\n')

    code, out, _ = inprocess(DescribeLoadBalancers, ['--show-long'])
    assert code == 0
    assert 'LoadBalancerNames.member.1' not in sent(1)
    row = out.rstrip('\n').split('\t')
    assert len(row) == 19
    assert row == [
        'LOAD_BALANCER', 'web', 'web-1.us-east-1.elb.amazonaws.com',
        'web-1.us-east-1.elb.amazonaws.com', 'Z3DZXE0Q79N41H',
        '{interval=30,target=HTTP:80/ping,timeout=5,healthy-threshold=10,'
        'unhealthy-threshold=2}',
        'us-east-1a,us-east-1b', 'subnet-1,subnet-2', 'vpc-1', 'i-1,i-2',
        '{protocol=HTTPS,lb-port=443,instance-protocol=HTTP,instance-port=80,'
        f'cert-id={CERT},{{ssl,sticky}}}},'
        '{protocol=HTTP,lb-port=80,instance-protocol=HTTP,instance-port=80}',
        '{instance-port=8443,policies={backend-auth}}',
        '{policy-name=app,cookie-name=JSESSIONID}',
        '{policy-name=sticky,expiration-period=60}',
        '{ssl,backend-auth}',
        '{owner-alias=amazon-elb,group-name=amazon-elb-sg}',
        '{sg-1,sg-2}',
        '2013-05-24T21:15:31.280Z', 'internet-facing']


@responses.activate
def test_describe_lbs_pages_and_empty_fields(inprocess):
    first = aws_xml('DescribeLoadBalancers',
                    '<LoadBalancerDescriptions>'
                    + BARE_LB.format(name='a') +
                    '</LoadBalancerDescriptions><NextMarker>a</NextMarker>')
    second = aws_xml('DescribeLoadBalancers',
                     '<LoadBalancerDescriptions>'
                     + BARE_LB.format(name='b') +
                     '</LoadBalancerDescriptions>')
    responses.post(URL, body=first)
    responses.post(URL, body=second)
    code, out, _ = inprocess(DescribeLoadBalancers,
                             ['--show-long', '--show-empty-fields'])
    assert code == 0
    assert 'Marker' not in sent(0) and sent(1)['Marker'] == 'a'
    lines = out.splitlines()
    assert [line.split('\t')[1] for line in lines] == ['a', 'b']
    row = lines[0].split('\t')
    assert len(row) == 19
    assert row[3:] == ['(nil)'] * 3 + ['zone-a'] + ['(nil)'] * 10 + [
        '2013-05-24T21:15:31.280Z', 'internal']


@responses.activate
def test_long_policy_rows(inprocess):
    responses.post(URL, body=aws_xml(
        'DescribeLoadBalancerPolicies',
        '<PolicyDescriptions>' + SSL_POLICY + '<member><PolicyName>empty'
        '</PolicyName><PolicyTypeName>T</PolicyTypeName>'
        '<PolicyAttributeDescriptions/></member></PolicyDescriptions>'))
    code, out, _ = inprocess(DescribeLoadBalancerPolicies, ['--show-long'])
    assert code == 0
    assert 'LoadBalancerName' not in sent()
    assert out == ('POLICY\tssl\tSSLNegotiationPolicyType\t'
                   '{name=Protocol-TLSv1.2,value=true},'
                   '{name=Protocol-SSLv3,value=false}\n'
                   'POLICY\tempty\tT\t\n')


@responses.activate
def test_long_policy_type_rows(inprocess):
    responses.post(URL, body=aws_xml(
        'DescribeLoadBalancerPolicyTypes',
        '<PolicyTypeDescriptions><member><PolicyTypeName>'
        'AppCookieStickinessPolicyType</PolicyTypeName><Description>Stickiness'
        ' policy with session lifetimes controlled by the lifetime of the '
        'application-generated cookie.</Description>'
        '<PolicyAttributeTypeDescriptions><member><AttributeName>CookieName'
        '</AttributeName><AttributeType>String</AttributeType><Cardinality>'
        'ONE</Cardinality></member></PolicyAttributeTypeDescriptions>'
        '</member><member><PolicyTypeName>BackendServerAuthenticationPolicy'
        'Type</PolicyTypeName><Description>Policy that controls '
        'authentication to back-end server(s).</Description>'
        '<PolicyAttributeTypeDescriptions><member><AttributeName>'
        'PublicKeyPolicyName</AttributeName><AttributeType>PolicyName'
        '</AttributeType><Cardinality>ONE_OR_MORE</Cardinality><Description>'
        'A list of public key policies</Description><DefaultValue>none'
        '</DefaultValue></member></PolicyAttributeTypeDescriptions></member>'
        '</PolicyTypeDescriptions>'))
    code, out, _ = inprocess(DescribeLoadBalancerPolicyTypes, ['--show-long'])
    assert code == 0
    assert not any(key.startswith('PolicyTypeNames') for key in sent())
    assert out.splitlines() == [
        'POLICY_TYPE\tAppCookieStickinessPolicyType\tStickiness policy with '
        'session lifetimes controlled by the lifetime of the '
        'application-generated cookie.\t{name=CookieName,description=,'
        'type=String,default-value=,cardinality=ONE}',
        'POLICY_TYPE\tBackendServerAuthenticationPolicyType\tPolicy that '
        'controls authentication to back-end server(s).\t'
        '{name=PublicKeyPolicyName,description=A list of public key policies,'
        'type=PolicyName,default-value=none,cardinality=ONE_OR_MORE}']


@responses.activate
def test_describe_tags_headers(inprocess):
    responses.post(URL, body=aws_xml(
        'DescribeTags', '<TagDescriptions><member><LoadBalancerName>web'
        '</LoadBalancerName><Tags><member><Key>env</Key><Value>prod</Value>'
        '</member></Tags></member></TagDescriptions>'))
    code, out, _ = inprocess(DescribeTags, ['web', '--show-headers'])
    assert code == 0
    assert out == ('TAG\tTYPE\tNAME\tKEY\tVALUE\n'
                   'TAG\tload-balancer\tweb\tenv\tprod\n')


@responses.activate
def test_empty_policy_list_clears_policies(inprocess):
    responses.post(URL, body=aws_xml('SetLoadBalancerPoliciesOfListener'))
    code, out, _ = inprocess(SetLoadBalancerPoliciesOfListener,
                             ['web', '-l', '80', '-p', ''])
    assert (code, out) == (0, '')
    body = sent()
    assert body['PolicyNames'] == ''
    assert not any(key.startswith('PolicyNames.member') for key in body)


@responses.activate
def test_policy_attributes_from_file(inprocess, tmp_path):
    attrs = tmp_path / 'attrs'
    attrs.write_text('# SSL settings\n\nProtocol-TLSv1.2 = true\n'
                     'Reference-Security-Policy=ELBSecurityPolicy-2016-08\n')
    responses.post(URL, body=aws_xml('CreateLoadBalancerPolicy'))
    code, _, _ = inprocess(CreateLoadBalancerPolicy,
                           ['web', '-n', 'ssl', '-t',
                            'SSLNegotiationPolicyType',
                            '--attributes-from-file', attrs])
    assert code == 0
    body = sent()
    assert body['PolicyAttributes.member.1.AttributeName'] == \
        'Protocol-TLSv1.2'
    assert body['PolicyAttributes.member.1.AttributeValue'] == 'true'
    assert body['PolicyAttributes.member.2.AttributeValue'] == \
        'ELBSecurityPolicy-2016-08'
    assert 'PolicyAttributes.member.3.AttributeName' not in body

    attrs.write_text('good=1\nbad line\n')
    code, _, err = inprocess(CreateLoadBalancerPolicy,
                             ['web', '-n', 'ssl', '-t', 'T',
                              '--attributes-from-file', attrs])
    assert code == 2
    assert 'line 2' in err and 'NAME=VALUE' in err
    code, _, err = inprocess(CreateLoadBalancerPolicy,
                             ['web', '-n', 'ssl', '-t', 'T',
                              '--attributes-from-file', tmp_path / 'nope'])
    assert code == 1 and 'cannot read' in err
    assert len(responses.calls) == 1


@responses.activate
def test_server_error_is_its_line_and_a_hint(inprocess):
    responses.post(URL, status=400, body=(
        f'<ErrorResponse xmlns="{NS}"><Error><Type>Sender</Type><Code>'
        'LoadBalancerNotFound</Code><Message>There is no ACTIVE Load '
        'Balancer named \'nope\'</Message></Error><RequestId>r-1</RequestId>'
        '</ErrorResponse>').encode())
    code, out, err = inprocess(DescribeInstanceHealth, ['nope'])
    assert (code, out) == (1, '')
    assert err == ("eulb-describe-instance-health: error "
                   "(LoadBalancerNotFound): There is no ACTIVE Load Balancer "
                   "named 'nope'\n"
                   'eulb-describe-instance-health: request ID r-1; run with '
                   '--debug to see the exchange\n')


LISTENER_ERRORS = [
    ('lb-port=80, protocol=HTTP', 'instance-port is required'),
    ('protocol=HTTP', 'lb-port, instance-port are required'),
    ('lb-port=80, protocol=FTP, instance-port=21',
     "protocol 'FTP' is invalid"),
    ('lb-port=http, protocol=HTTP, instance-port=80',
     'lb-port must be a port number'),
    ('lb-port=80, protocol=HTTP, instance-port=70000',
     'instance-port must be a port number'),
    ('lb-port=80, protocol=HTTP, instance-port=80, instance-protocol=TCP',
     'instance-protocol must be HTTP or HTTPS when protocol is HTTP'),
    ('lb-port=80, protocol=HTTP, instance-port=80, port=8',
     "unknown element 'port'"),
    ('lb-port=80, protocol=HTTP, instance-port', "'instance-port' must have "
     'form KEY=VALUE'),
    ('lb-port=80, lb-port=81, protocol=HTTP, instance-port=80',
     'lb-port is given more than once'),
]


@pytest.mark.parametrize('spec, message', LISTENER_ERRORS)
@responses.activate
def test_bad_listeners_are_usage_errors(inprocess, spec, message):
    code, out, err = inprocess(CreateLoadBalancerListeners,
                               ['web', '-l', spec])
    assert (code, out) == (2, '')
    assert 'argument -l/--listener' in err and message in err
    assert not responses.calls


USAGE_ERRORS = [
    (CreateLoadBalancer, ['web', '-l', 'lb-port=80,protocol=HTTP,'
                          'instance-port=80'], 'one of the arguments -s'),
    (CreateLoadBalancer, ['web', '-z', 'a', '-s', 'subnet-1', '-l',
                          'lb-port=80,protocol=HTTP,instance-port=80'],
     'not allowed with argument'),
    (ConfigureHealthCheck, ['web', '-t', 'HTTP:80', '--interval', '1',
                            '--timeout', '1', '--healthy-threshold', '1',
                            '--unhealthy-threshold', '1'],
     "path is required for protocol 'HTTP'"),
    (ConfigureHealthCheck, ['web', '-t', 'TCP', '--interval', '1',
                            '--timeout', '1', '--healthy-threshold', '1',
                            '--unhealthy-threshold', '1'],
     'PROTOCOL:PORT[/PATH]'),
    (ModifyLoadBalancerAttributes, ['web', 'ConnectionDraining.Enabled'],
     'must have form ATTRIBUTE=VALUE'),
    (RegisterInstancesWithLoadBalancer, ['web', '--instances', ','],
     'must not be empty'),
    (DeleteLoadBalancerListeners, ['web', '-l', '80,x'],
     "'x' is not a port number"),
    (CreateLoadBalancerPolicy, ['web', '-n', 'p', '-t', 'T', '-a',
                                'name=A'], 'value is required'),
    (CreateLoadBalancerPolicy, ['web', '-n', 'p', '-t', 'T', '-a',
                                'name=A, val=B'], "'val' is not a part"),
    (AddTags, ['web'], 'the following arguments are required: -t/--tag'),
    # 3.x users may write -h for --healthy-threshold: -h is help, so "-h 2"
    # would print it and configure nothing.
    (ConfigureHealthCheck, ['web', '-h', '2', '-t', 'TCP:80'],
     'error: -h is --help here; the healthy threshold is '
     '--healthy-threshold'),
    (ConfigureHealthCheck, ['web', '-h2'], 'the healthy threshold is '
                                           '--healthy-threshold'),
]


@pytest.mark.parametrize('command, argv, message', USAGE_ERRORS)
@responses.activate
def test_usage_errors(inprocess, command, argv, message):
    code, out, err = inprocess(command, argv)
    assert (code, out) == (2, '')
    assert message in err
    assert not responses.calls
