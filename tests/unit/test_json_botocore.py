"""``--output json`` is botocore's parse of the same answer, so what the AWS
CLI prints: for every recorded answer the request tables serve (and the
JSON tests' own), each run through its command with ``--output json``.

A command whose JSON is more than one answer (pages joined, a composite's
additions) is compared where its document is still one answer's.
"""

import json

import pytest

from tests.botocore_oracle import assert_same, botocore_parse, modelled
from tests.unit import (test_euare_requests, test_euca_requests,
                        test_euca_vpc_requests, test_eulb_requests,
                        test_euscale_requests, test_euwatch_requests,
                        test_json_output)
from tests.unit.request_cases import Family, command
from tests.query_helpers import query_xml

pytest.importorskip('botocore')

CFN = Family(lambda action, inner: query_xml(
    'http://cloudformation.amazonaws.com/doc/2010-05-15/', action, inner),
    '2010-05-15')
STACK = ('<member><StackName>web</StackName><StackId>arn:stack/web/1'
         '</StackId><CreationTime>2013-05-24T21:15:31.280Z</CreationTime>'
         '<StackStatus>CREATE_COMPLETE</StackStatus><DisableRollback>false'
         '</DisableRollback><Parameters><member><ParameterKey>k'
         '</ParameterKey><ParameterValue>v</ParameterValue></member>'
         '</Parameters><Outputs><member><OutputKey>o</OutputKey>'
         '<OutputValue>1</OutputValue></member></Outputs><Capabilities/>'
         '<Tags/><NotificationARNs/><TimeoutInMinutes>5</TimeoutInMinutes>'
         '</member>')

# Answers of the actions the tables above have none of, as AWS sends them.
VOLUMES = (
    '<volumeSet><item><volumeId>vol-1</volumeId><size>8</size><snapshotId>'
    'snap-1</snapshotId><availabilityZone>one</availabilityZone><status>'
    'in-use</status><createTime>2016-01-02T03:04:05.000Z</createTime>'
    '<attachmentSet><item><volumeId>vol-1</volumeId><instanceId>i-1'
    '</instanceId><device>/dev/sda1</device><status>attached</status>'
    '<attachTime>2016-01-02T03:04:06.000Z</attachTime><deleteOnTermination>'
    'true</deleteOnTermination></item></attachmentSet><tagSet><item><key>a'
    '</key><value/></item></tagSet><volumeType>io1</volumeType><iops>100'
    '</iops><encrypted>false</encrypted></item><item><volumeId>vol-2'
    '</volumeId><size>1</size><snapshotId/><attachmentSet/><tagSet/>'
    '</item></volumeSet>')
GROUPS = (
    '<securityGroupInfo><item><ownerId>123456789012</ownerId><groupId>sg-1'
    '</groupId><groupName>web</groupName><groupDescription>Web'
    '</groupDescription><vpcId/><ipPermissions><item><ipProtocol>tcp'
    '</ipProtocol><fromPort>80</fromPort><toPort>80</toPort><groups><item>'
    '<userId>123456789012</userId><groupId>sg-2</groupId><groupName>db'
    '</groupName></item></groups><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp>'
    '</item></ipRanges></item></ipPermissions><ipPermissionsEgress/>'
    '</item></securityGroupInfo>')
IMAGES = (
    '<imagesSet><item><imageId>ami-1</imageId><imageLocation>b/m.xml'
    '</imageLocation><imageState>available</imageState><imageOwnerId>1'
    '</imageOwnerId><isPublic>true</isPublic><productCodes><item>'
    '<productCode>pc</productCode><type>marketplace</type></item>'
    '</productCodes><architecture>x86_64</architecture><imageType>machine'
    '</imageType><kernelId>aki-1</kernelId><name>n</name><rootDeviceType>'
    'ebs</rootDeviceType><rootDeviceName>/dev/sda1</rootDeviceName>'
    '<blockDeviceMapping><item><deviceName>/dev/sda1</deviceName><ebs>'
    '<snapshotId>snap-1</snapshotId><volumeSize>8</volumeSize>'
    '<deleteOnTermination>true</deleteOnTermination><volumeType>standard'
    '</volumeType></ebs></item><item><deviceName>/dev/sdb</deviceName>'
    '<virtualName>ephemeral0</virtualName></item></blockDeviceMapping>'
    '<virtualizationType>hvm</virtualizationType><tagSet/><hypervisor>xen'
    '</hypervisor></item></imagesSet>')
CREATED_VOLUME = (
    '<volumeId>vol-3</volumeId><size>10</size><snapshotId/>'
    '<availabilityZone>one</availabilityZone><status>creating</status>'
    '<createTime>2016-01-02T03:04:05.000Z</createTime><volumeType>standard'
    '</volumeType><encrypted>false</encrypted>')
USERS = (
    '<Users><member><UserName>alice</UserName><Path>/</Path><UserId>AID1'
    '</UserId><Arn>arn:aws:iam::1:user/alice</Arn><CreateDate>'
    '2016-01-01T00:00:00Z</CreateDate></member></Users><IsTruncated>false'
    '</IsTruncated>')


def _family_cases(family, cases):
    rows = cases.items() if isinstance(cases, dict) else \
        [(case[0], case[1:]) for case in cases]
    for name, (argv, inner, *_) in rows:
        yield family, name, list(argv), {command(name).ACTION: inner}


def _calls_cases(family, cases):
    for name, argv, _calls, replies, _stdout in cases:
        yield family, name, list(argv), replies


def _whole(name, argv, body):
    """A case from a whole answer's bytes (the JSON tests' own)."""
    class Whole(Family):
        def __init__(self):
            super().__init__(lambda action, inner: inner, None)
    return Whole(), name, argv, {command(name).ACTION: body}


def cases():
    found = []
    found += _family_cases(test_euca_requests.EC2, test_euca_requests.CASES)
    found += _family_cases(test_euca_vpc_requests.EC2,
                           test_euca_vpc_requests.CASES)
    found += _family_cases(test_eulb_requests.ELB, test_eulb_requests.CASES)
    found += _family_cases(test_euscale_requests.AUTOSCALING,
                           test_euscale_requests.CASES)
    found += _family_cases(test_euwatch_requests.CLOUDWATCH,
                           test_euwatch_requests.CASES)
    found += _calls_cases(test_euare_requests.IAM, test_euare_requests.CASES)
    for name, (inner, _) in test_euscale_requests.LONG_CASES.items():
        argv = ['i-1', '-d'] if 'terminate' in name else []
        found.append((test_euscale_requests.AUTOSCALING, name, argv,
                      {command(name).ACTION: inner}))
    found.append((test_euare_requests.IAM, 'euare-assumerole',
                  ['arn:aws:iam::123456789012:role/myrole'],
                  {'AssumeRole': test_euare_requests.ASSUMED}))
    found.append((CFN, 'euform-describe-stacks', [],
                  {'DescribeStacks': f'<Stacks>{STACK}</Stacks>'}))
    ec2 = test_euca_requests.EC2
    found += [
        (ec2, 'euca-describe-volumes', [], {'DescribeVolumes': VOLUMES}),
        (ec2, 'euca-describe-groups', [],
         {'DescribeSecurityGroups': GROUPS}),
        (ec2, 'euca-describe-images', ['-a'], {'DescribeImages': IMAGES}),
        (ec2, 'euca-create-volume', ['-z', 'one', '-s', '10'],
         {'CreateVolume': CREATED_VOLUME}),
        (test_euare_requests.IAM, 'euare-userlistbypath', [],
         {'ListUsers': USERS})]
    found.append(_whole('euca-describe-instances', [],
                        test_json_output.INSTANCES_XML))
    found.append(_whole('euca-run-instances', ['emi-1'],
                        test_json_output.RUN_XML))
    found.append(_whole('eulb-describe-lbs', [], test_json_output.ELB_XML))
    kept = []
    for family, name, argv, replies in found:
        cls = command(name)
        action = cls.ACTION
        reply = replies.get(action)
        if not (cls.wants_json() and cls.JSON_MODELLED
                and isinstance(reply, (str, bytes))
                and modelled(cls.SERVICE_CLASS.TYPES, action)):
            continue
        kept.append(pytest.param(family, name, argv, replies,
                                 id=f'{name}-{len(kept)}'))
    return kept


CASES = cases()


def test_the_cases_cover_the_actions_that_matter():
    actions = {command(case.values[1]).ACTION for case in CASES}
    assert {'DescribeInstances', 'DescribeVolumes', 'DescribeImages',
            'DescribeSecurityGroups', 'RunInstances', 'CreateVolume',
            'DescribeLoadBalancers', 'DescribeAutoScalingGroups',
            'DescribeAlarms', 'DescribeStacks', 'ListUsers', 'GetUser',
            'AssumeRole'} <= actions
    assert len(CASES) > 100


@pytest.mark.parametrize('family, name, argv, replies', CASES)
def test_output_json_is_botocores_parse(inprocess, family, name, argv,
                                        replies):
    cls = command(name)
    action = cls.ACTION
    code, out, err, sent = family.run(inprocess, name,
                                      argv + ['--output', 'json'], replies)
    assert code == 0, err
    if not out:
        return               # nothing to print (a dry run)
    ours = json.loads(out)
    body = replies[action]
    if isinstance(body, str):
        body = family.answer(action, body)
    theirs = botocore_parse(cls.SERVICE_CLASS.TYPES, action, body)
    for key in cls.JSON_ADDED:
        ours.pop(key, None)          # a composite's own, beside the answer
    if getattr(cls, 'REMOVES_FROM_JSON', None):
        for key in cls.REMOVES_FROM_JSON:
            theirs.pop(key, None)
    assert_same(ours, theirs)
