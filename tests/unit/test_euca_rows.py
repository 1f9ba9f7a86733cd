"""EC2 row formats (euca2ools-output-formats.md §2)."""

from euca2ools.core.output import tabify
from euca2ools.commands.euca import rows


def test_instance_row_has_33_columns_in_order():
    inst = {'instanceId': 'i-1', 'imageId': 'ami-1', 'dnsName': 'pub',
            'privateDnsName': 'priv', 'instanceState': {'name': 'running'},
            'keyName': 'k', 'amiLaunchIndex': '0',
            'productCodes': [{'productCode': 'p1'}, {'productCode': 'p2'}],
            'instanceType': 'm1.small', 'launchTime': 'T',
            'placement': {'availabilityZone': 'z', 'groupName': 'pg',
                          'tenancy': 'default'},
            'monitoring': {'state': 'enabled'}, 'ipAddress': '1.2.3.4',
            'privateIpAddress': '10.0.0.1', 'rootDeviceType': 'ebs',
            'spotInstanceRequestId': 'sir-1',
            'virtualizationType': 'hvm', 'hypervisor': 'xen',
            'clientToken': 'tok', 'groupSet': [{'groupId': 'sg-1'},
                                               {'groupId': 'sg-2'}],
            'ebsOptimized': 'false',
            'iamInstanceProfile': {'arn': 'arn:prof'},
            'architecture': 'x86_64',
            'tagSet': [{'key': 'Name', 'value': 'web'}],
            'blockDeviceMapping': [{'deviceName': '/dev/sda1', 'ebs': {
                'volumeId': 'vol-1', 'attachTime': 'T2',
                'deleteOnTermination': 'true'}}]}
    lines = [tabify(r) for r in rows.instance(inst)]
    assert lines[0].split('\t') == [
        'INSTANCE', 'i-1', 'ami-1', 'pub', 'priv', 'running', 'k', '0',
        'p1,p2', 'm1.small', 'T', 'z', '', '', '', 'monitoring-enabled',
        '1.2.3.4', '10.0.0.1', '', '', 'ebs', '', 'sir-1', '', 'pg', 'hvm',
        'xen', 'tok', 'sg-1,sg-2', 'default', 'false', 'arn:prof', 'x86_64']
    assert lines[1] == 'BLOCKDEVICE\t/dev/sda1\tvol-1\tT2\ttrue\t\t'
    assert lines[2] == 'TAG\tinstance\ti-1\tName\tweb'


def test_reservation_sorts_instances_by_launch_time():
    res = {'reservationId': 'r-1', 'ownerId': '111',
           'groupSet': [{'groupName': 'default'}, {'groupId': 'sg-9'}],
           'instancesSet': [{'instanceId': 'i-late', 'launchTime': '2'},
                            {'instanceId': 'i-early', 'launchTime': '1'}]}
    out = list(rows.reservation(res))
    assert out[0] == ['RESERVATION', 'r-1', '111', 'default, sg-9']
    assert [r[1] for r in out[1:]] == ['i-early', 'i-late']


def test_show_empty_fields_prints_nil():
    assert tabify(['VOLUME', 'vol-1', None, '', 0, True], True) == \
        'VOLUME\tvol-1\t(nil)\t(nil)\t0\ttrue'


def test_security_group_permissions_for_cidr_and_group_sources():
    group = {'groupId': 'sg-1', 'ownerId': '111', 'groupName': 'web',
             'groupDescription': 'd', 'vpcId': None,
             'ipPermissions': [{'ipProtocol': 'tcp', 'fromPort': '22',
                                'toPort': '22',
                                'ipRanges': [{'cidrIp': '10.0.0.0/8'}],
                                'groups': [{'userId': '222',
                                            'groupName': 'admin',
                                            'groupId': 'sg-2'}]}],
             'ipPermissionsEgress': [{'ipProtocol': '-1',
                                      'ipRanges': [{'cidrIp': '0.0.0.0/0'}]}],
             'tagSet': [{'key': 'k', 'value': 'v'}]}
    lines = [tabify(r) for r in rows.security_group(group)]
    assert lines == [
        'GROUP\tsg-1\t111\tweb\td\t',
        # 3.x: a rule's CIDR rows come before its group rows
        'PERMISSION\t111\tweb\tALLOWS\ttcp\t22\t22\tFROM\tCIDR\t10.0.0.0/8\t'
        'ingress',
        'PERMISSION\t111\tweb\tALLOWS\ttcp\t22\t22\tFROM\tUSER\t222\tNAME\t'
        'admin\tID\tsg-2\tingress',
        'PERMISSION\t111\tweb\tALLOWS\t-1\t\t\tTO\tCIDR\t0.0.0.0/0\tegress',
        'TAG\tsecurity-group\tsg-1\tk\tv']


def test_volume_defaults_type_to_standard_and_lists_attachments():
    vol = {'volumeId': 'vol-1', 'size': '5', 'availabilityZone': 'z',
           'status': 'in-use', 'createTime': 'T',
           'attachmentSet': [{'volumeId': 'vol-1', 'instanceId': 'i-1',
                              'device': '/dev/sdf', 'status': 'attached',
                              'attachTime': 'T3'}]}
    assert [tabify(r) for r in rows.volume(vol)] == [
        'VOLUME\tvol-1\t5\t\tz\tin-use\tT\tstandard\t',
        'ATTACHMENT\tvol-1\ti-1\t/dev/sdf\tattached\tT3']


def test_image_name_is_owner_slash_name_or_the_manifest():
    named = {'imageId': 'ami-1', 'name': 'n', 'imageOwnerId': '111',
             'isPublic': 'true', 'imageState': 'available'}
    assert tabify(next(rows.image(named))).split('\t')[:6] == [
        'IMAGE', 'ami-1', '111/n', '111', 'available', 'public']
    unnamed = {'imageId': 'emi-2', 'imageLocation': 'b/x.manifest.xml',
               'imageOwnerAlias': 'eucalyptus', 'imageOwnerId': '1'}
    assert tabify(next(rows.image(unnamed))).split('\t')[:6] == [
        'IMAGE', 'emi-2', 'b/x.manifest.xml', 'eucalyptus', '', 'private']


def test_resource_types_from_id_prefixes():
    assert [rows.resource_type(i) for i in (
        'i-1', 'ami-1', 'emi-1', 'vol-1', 'snap-1', 'sg-1', 'eipalloc-1',
        'eni-1', 'subnet-1', 'vpc-1', 'nat-1', 'zzz')] == [
        'instance', 'image', 'image', 'volume', 'snapshot', 'security-group',
        'allocation-id', 'network-interface', 'subnet', 'vpc', None, None]


def test_security_group_without_an_id_tags_by_name():
    group = {'ownerId': '111', 'groupName': 'web', 'groupDescription': 'd',
             'tagSet': [{'key': 'k', 'value': 'v'}]}
    lines = [tabify(r) for r in rows.security_group(group)]
    assert lines == ['GROUP\t\t111\tweb\td\t', 'TAG\t\tweb\tk\tv']
