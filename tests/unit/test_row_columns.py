"""The named output columns (rows.COLUMNS, ROW_TYPES) match the rows."""

import importlib
import io

import pytest

from tests.conftest import ENTRY_POINTS
from euca2ools.core.context import Context
from euca2ools.core.selfdoc import row_columns
from euca2ools.commands.euca import rows as ec2_rows
from euca2ools.manpages.command import command_page


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

# Each named row type: (a command that prints it, an answer to print).
SAMPLES = {
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
# Two row types with the same tag: which of the rows with it is which.
NTH = {'GROUP (network interface)': 0, 'ATTACHMENT (network interface)': 0}


def printed(name, answer):
    out = io.StringIO()
    command = command_class(name)({}, Context(stdout=out))
    command.print_result(answer)
    return out.getvalue().splitlines()


def test_every_row_type_named_has_a_sample():
    assert sorted(SAMPLES) == sorted(key for key, _ in ec2_rows.COLUMNS)
    assert len(dict(ec2_rows.COLUMNS)) == len(ec2_rows.COLUMNS)


@pytest.mark.parametrize('row', sorted(SAMPLES))
def test_names_count_the_printed_fields(row):
    name, answer = SAMPLES[row]
    names = dict(ec2_rows.COLUMNS)[row]
    tag = names[0].strip('"')
    cls = command_class(name)
    assert row in cls.ROW_TYPES
    lines = [line for line in printed(name, answer)
             if line.split('\t')[0] == tag]
    assert lines, f'{name} printed no {tag} row'
    assert len(lines[NTH.get(row, 0)].split('\t')) == len(names), row


@pytest.mark.parametrize('name', sorted(
    n for n in ENTRY_POINTS if command_class(n).ROW_TYPES))
def test_show_columns_and_output_section(name, capsys):
    cls = command_class(name)
    columns = row_columns(cls)     # every declared type is named
    with pytest.raises(SystemExit) as exit_:
        cls.run(['--show-columns'])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ['\t'.join(n) for _, n in columns]
    page = command_page(name, cls, list(ENTRY_POINTS))
    assert '.SH "OUTPUT"' in page or '.SH OUTPUT' in page
    assert 'instance ID' in page or columns[0][1][1].split(' ')[0] in page
