"""What EC2 commands send, checked in-process with `responses`."""

import base64

import pytest
import responses

from tests.query_helpers import sent
from tests.requests_transport import answer

from euca2ools.commands.euca.authorize import Authorize
from euca2ools.commands.euca.describeimages import DescribeImages
from euca2ools.commands.euca.registerimage import RegisterImage
from euca2ools.commands.euca.revoke import Revoke
from euca2ools.commands.euca.runinstances import RunInstances

URL = 'http://cloud.test/'
OK = b'<R><return>true</return></R>'
RUN = (b'<RunInstancesResponse><reservationId>r-1</reservationId><ownerId>1'
       b'</ownerId><groupSet/><instancesSet><item><instanceId>i-1'
       b'</instanceId><instanceState><name>pending</name></instanceState>'
       b'</item></instancesSet></RunInstancesResponse>')


@responses.activate
def test_authorize_from_group_does_not_open_the_world(inprocess):
    responses.add_callback(responses.POST, URL, callback=answer(OK))
    code, out, err = inprocess(Authorize, ['web', '-P', 'tcp', '-p', '22',
                                           '-o', 'admin', '-u', '111122223333'])
    assert (code, err) == (0, '')
    params = sent()
    assert params['Action'] == 'AuthorizeSecurityGroupIngress'
    assert params['GroupName'] == 'web'
    assert params['IpPermissions.1.Groups.1.GroupName'] == 'admin'
    assert params['IpPermissions.1.Groups.1.UserId'] == '111122223333'
    assert not any('IpRanges' in key for key in params)
    assert out == ('GROUP\tweb\nPERMISSION\tweb\tALLOWS\ttcp\t22\t22\tUSER\t'
                   '111122223333\tNAME\tadmin\n')


@responses.activate
def test_authorize_icmp_defaults_and_dash_values(inprocess):
    responses.add_callback(responses.POST, URL, callback=answer(OK))
    code, out, _ = inprocess(Authorize, ['sg-12345678', '-P', 'icmp', '-t',
                                         '-1:-1', '-s', '10.0.0.0/8'])
    assert code == 0
    params = sent()
    assert (params['GroupId'], params['IpPermissions.1.IpProtocol'],
            params['IpPermissions.1.FromPort'],
            params['IpPermissions.1.ToPort'],
            params['IpPermissions.1.IpRanges.1.CidrIp']) == \
        ('sg-12345678', 'icmp', '-1', '-1', '10.0.0.0/8')
    assert out.splitlines()[1] == ('PERMISSION\tsg-12345678\tALLOWS\ticmp\t-1'
                                   '\t-1\tFROM\tCIDR\t10.0.0.0/8')


@responses.activate
def test_revoke_egress_by_id_with_service_name_port(inprocess):
    responses.add_callback(responses.POST, URL, callback=answer(OK))
    code, _, _ = inprocess(Revoke, ['sg-1', '--egress', '-p', 'ssh'])
    assert code == 0
    params = sent()
    assert params['Action'] == 'RevokeSecurityGroupEgress'
    assert (params['IpPermissions.1.FromPort'],
            params['IpPermissions.1.ToPort']) == ('22', '22')
    assert params['IpPermissions.1.IpRanges.1.CidrIp'] == '0.0.0.0/0'


@pytest.mark.parametrize('argv, message', [
    (['web', '-p', '22:80'], 'written FROM-TO'),
    (['web', '-P', 'tcp'], 'required for protocol'),
    (['web', '--egress', '-p', '22'], 'by ID'),
    (['web', '-p', '22', '-s', '1.0.0.0/8', '-o', 'g'], 'not allowed with'),
])
def test_authorize_usage_errors(inprocess, argv, message):
    code, _, err = inprocess(Authorize, argv)
    assert code == 2 and message in err


@responses.activate
def test_run_instances_parameters(inprocess, tmp_path):
    responses.post(URL, body=RUN)
    userdata = tmp_path / 'ud.sh'
    userdata.write_bytes(b'#!/bin/sh\necho hi\n')
    code, out, err = inprocess(RunInstances, [
        'ami-1', '-n', '2-3', '-g', 'default', '-g', 'sg-9', '-k', 'key',
        '-t', 'm1.small', '-z', 'zone-a', '-f', userdata, '-m',
        '-b', '/dev/sdb=ephemeral0', '-p', 'arn:aws:iam::1:instance-profile/p'])
    assert (code, err) == (0, '')
    params = sent()
    assert len(params.pop('ClientToken')) == 36   # a fresh UUID
    assert params == {
        'Action': 'RunInstances', 'Version': '2015-10-01',
        'ImageId': 'ami-1', 'MinCount': '2', 'MaxCount': '3',
        'SecurityGroup.1': 'default', 'SecurityGroupId.1': 'sg-9',
        'KeyName': 'key', 'InstanceType': 'm1.small',
        'Placement.AvailabilityZone': 'zone-a',
        'UserData': base64.b64encode(b'#!/bin/sh\necho hi\n').decode(),
        'Monitoring.Enabled': 'true',
        'BlockDeviceMapping.1.DeviceName': '/dev/sdb',
        'BlockDeviceMapping.1.VirtualName': 'ephemeral0',
        'IamInstanceProfile.Arn': 'arn:aws:iam::1:instance-profile/p'}
    assert out.splitlines()[0] == 'RESERVATION\tr-1\t1\t'


@responses.activate
def test_run_instances_in_a_subnet_folds_into_the_primary_interface(
        inprocess):
    responses.post(URL, body=RUN)
    code, _, _ = inprocess(RunInstances, [
        'ami-1', '-s', 'subnet-1', '-g', 'sg-1',
        '--associate-public-ip-address', 'true', '--private-ip-address',
        '10.0.0.5'])
    assert code == 0
    params = sent()
    assert params['NetworkInterface.1.DeviceIndex'] == '0'
    assert params['NetworkInterface.1.SubnetId'] == 'subnet-1'
    assert params['NetworkInterface.1.SecurityGroupId.1'] == 'sg-1'
    assert params['NetworkInterface.1.AssociatePublicIpAddress'] == 'true'
    assert params['NetworkInterface.1.PrivateIpAddresses.1.PrivateIpAddress'] \
        == '10.0.0.5'
    assert params['NetworkInterface.1.PrivateIpAddresses.1.Primary'] == 'true'
    assert 'SecurityGroupId.1' not in params


@responses.activate
def test_run_instances_interfaces_use_the_3x_nine_field_form(inprocess):
    responses.post(URL, body=RUN)
    code, _, err = inprocess(RunInstances, [
        'ami-1', '-n', '3-2', '-g', 'sg-1', '--secondary-address', '10.0.0.9',
        '-a', 'eni-12345678:1',
        '-a', ':2:subnet-2:web:10.0.1.5:sg-2,sg-3:true::10.0.1.6,10.0.1.7'])
    assert (code, err) == (0, '')
    params = sent()
    nics = {k: v for k, v in params.items() if k.startswith('Network')}
    assert nics == {
        'NetworkInterface.1.NetworkInterfaceId': 'eni-12345678',
        'NetworkInterface.1.DeviceIndex': '1',
        'NetworkInterface.2.DeviceIndex': '2',
        'NetworkInterface.2.SubnetId': 'subnet-2',
        'NetworkInterface.2.Description': 'web',
        'NetworkInterface.2.PrivateIpAddresses.1.PrivateIpAddress':
            '10.0.1.5',
        'NetworkInterface.2.PrivateIpAddresses.1.Primary': 'true',
        'NetworkInterface.2.PrivateIpAddresses.2.PrivateIpAddress':
            '10.0.1.6',
        'NetworkInterface.2.PrivateIpAddresses.3.PrivateIpAddress':
            '10.0.1.7',
        'NetworkInterface.2.SecurityGroupId.1': 'sg-2',
        'NetworkInterface.2.SecurityGroupId.2': 'sg-3',
        'NetworkInterface.2.DeleteOnTermination': 'true',
        # the -g/--secondary-address interface comes after the -a ones
        'NetworkInterface.3.SecurityGroupId.1': 'sg-1',
        'NetworkInterface.3.PrivateIpAddresses.1.PrivateIpAddress':
            '10.0.0.9',
        'NetworkInterface.3.DeviceIndex': '0'}
    assert (params['MinCount'], params['MaxCount']) == ('2', '3')
    assert 'SecurityGroupId.1' not in params


def test_run_instances_refuses_a_file_name_as_inline_user_data(
        inprocess, tmp_path):
    path = tmp_path / 'script.sh'
    path.write_text('x')
    code, _, err = inprocess(RunInstances, ['ami-1', '-d', path])
    assert code == 2 and 'use -f/--user-data-file' in err


@responses.activate
def test_describe_images_default_sends_owner_and_executable_by(inprocess):
    image = (b'<R><imagesSet><item><imageId>%s</imageId><name>n</name>'
             b'<imageOwnerId>1</imageOwnerId></item></imagesSet></R>')
    responses.add_callback(responses.POST, URL, callback=answer(image % b'ami-b'))
    responses.add_callback(responses.POST, URL, callback=answer(image % b'ami-a'))
    code, out, _ = inprocess(DescribeImages, [])
    assert code == 0
    assert sent(0)['Owner.1'] == 'self'
    assert sent(1)['ExecutableBy.1'] == 'self'
    assert [line.split('\t')[1] for line in out.splitlines()] == \
        ['ami-a', 'ami-b']


@responses.activate
def test_register_ebs_image_maps_the_snapshot_to_the_root(inprocess):
    responses.add_callback(responses.POST, URL, callback=answer(
        b'<R><imageId>ami-9</imageId></R>'))
    code, out, _ = inprocess(RegisterImage, ['-n', 'img', '-s', 'snap-1'])
    assert code == 0 and out == 'IMAGE\tami-9\n'
    params = sent()
    assert params['RootDeviceName'] == '/dev/sda1'
    assert params['BlockDeviceMapping.1.DeviceName'] == '/dev/sda1'
    assert params['BlockDeviceMapping.1.Ebs.SnapshotId'] == 'snap-1'


@responses.activate
def test_monitor_instances_prints_untagged_state_rows(inprocess):
    # moto lacks MonitorInstances.
    from euca2ools.commands.euca.monitorinstances import MonitorInstances
    responses.add_callback(responses.POST, URL, callback=answer(
        b'<R><instancesSet><item><instanceId>i-1</instanceId><monitoring>'
        b'<state>pending</state></monitoring></item></instancesSet></R>'))
    code, out, _ = inprocess(MonitorInstances, ['i-1'])
    assert code == 0 and out == 'i-1\tmonitoring-pending\n'
    assert sent()['Action'] == 'MonitorInstances'
    assert sent()['InstanceId.1'] == 'i-1'


def test_create_keypair_file_problems_are_found_before_the_key_exists(
        inprocess, tmp_path):
    from euca2ools.commands.euca.createkeypair import CreateKeyPair
    existing = tmp_path / 'old.pem'
    existing.write_text('precious')
    with responses.RequestsMock() as mock:
        for target in (existing, tmp_path / 'no-such-dir' / 'k.pem'):
            code, out, err = inprocess(CreateKeyPair, ['k', '-f', target])
            assert code == 1 and out == ''
            assert f'cannot create {target}' in err
        assert len(mock.calls) == 0     # no key was created
    assert existing.read_text() == 'precious'


@responses.activate
def test_create_keypair_failure_leaves_no_empty_key_file(inprocess, tmp_path):
    from euca2ools.commands.euca.createkeypair import CreateKeyPair
    responses.post(URL, status=400, body=(
        b'<Response><Errors><Error><Code>InvalidKeyPair.Duplicate</Code>'
        b'<Message>exists</Message></Error></Errors></Response>'))
    target = tmp_path / 'k.pem'
    code, _, err = inprocess(CreateKeyPair, ['k', '-f', target])
    assert code == 1 and 'InvalidKeyPair.Duplicate' in err
    assert not target.exists()


@responses.activate
def test_run_instances_takes_the_region_default_key_pair(inprocess, tmp_path):
    config = tmp_path / 'euca.ini'
    config.write_text('[region test]\nec2-default-keypair = mykey\n')
    env = {'EUCA_CONFIG_PATH': str(config), 'EUCA_DEFAULT_REGION': 'test'}
    responses.post(URL, body=RUN)
    responses.post(URL, body=RUN)
    code, _, err = inprocess(RunInstances, ['ami-1'], env=env)
    assert (code, err) == (0, '')
    assert sent()['KeyName'] == 'mykey'
    code, _, _ = inprocess(RunInstances, ['ami-1', '-k', 'other'], env=env)
    assert sent(1)['KeyName'] == 'other'


@responses.activate
def test_create_keypair_prints_the_key_text_as_sent(inprocess):
    from euca2ools.commands.euca.createkeypair import CreateKeyPair
    responses.post(URL, body=(
        b'<CreateKeyPairResponse><keyName>k</keyName><keyFingerprint>aa:bb'
        b'</keyFingerprint><keyMaterial>-----BEGIN RSA PRIVATE KEY-----\nMII'
        b'\n-----END RSA PRIVATE KEY-----\n</keyMaterial>'
        b'</CreateKeyPairResponse>'))
    code, out, err = inprocess(CreateKeyPair, ['k'])
    assert (code, err) == (0, '')
    assert out == ('KEYPAIR\tk\taa:bb\n-----BEGIN RSA PRIVATE KEY-----\nMII\n'
                   '-----END RSA PRIVATE KEY-----\n\n')


@responses.activate
def test_describe_snapshots_default_merges_owned_and_restorable(inprocess):
    from euca2ools.commands.euca.describesnapshots import DescribeSnapshots
    snap = (b'<snapshotId>%s</snapshotId><volumeId>vol-1</volumeId>'
            b'<status>completed</status>')
    responses.add_callback(responses.POST, URL, callback=answer(
        b'<R><snapshotSet><item>' + snap % b'snap-a'
        + b'</item></snapshotSet></R>'))
    responses.add_callback(responses.POST, URL, callback=answer(
        b'<R><snapshotSet><item>' + snap % b'snap-a' + b'</item><item>'
        + snap % b'snap-b' + b'</item></snapshotSet></R>'))
    code, out, _ = inprocess(DescribeSnapshots, [])
    assert code == 0
    assert sent(0)['Owner.1'] == 'self'
    assert sent(1)['RestorableBy.1'] == 'self'
    assert [line.split('\t')[1] for line in out.splitlines()] == \
        ['snap-a', 'snap-b']
