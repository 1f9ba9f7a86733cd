"""What the EC2 commands send and print, checked in-process with `responses`:
one table row per command (snapshot, image and instance attributes,
instance types, spot, placement groups, reserved instances, export and
import tasks, addresses, tags), then the special cases.  The VPC networking
commands are in test_euca_vpc_requests.py.
"""

import base64

import pytest
import responses

from tests.query_helpers import ec2_xml, sent
from tests.requests_transport import answer
from tests.unit.request_cases import Family, command

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
EC2 = Family(ec2_xml, '2015-10-01')


CONVERSION_VOLUME = (
    '<conversionTaskId>import-vol-1</conversionTaskId><expirationTime>'
    '2026-12-01T00:00:00Z</expirationTime><importVolume><bytesConverted>0'
    '</bytesConverted><availabilityZone>zone-a</availabilityZone><image>'
    '<format>RAW</format><size>4096</size><importManifestUrl>'
    'http://cloud.test/bkt/abc/disk.img.manifest.xml?Signature=x'
    '</importManifestUrl></image><volume><size>1</size></volume>'
    '</importVolume><state>active</state>')

CONVERSION_INSTANCE = (
    '<conversionTaskId>import-i-1</conversionTaskId><state>cancelled</state>'
    '<statusMessage>user cancelled</statusMessage><importInstance><volumes>'
    '<item><bytesConverted>10</bytesConverted><availabilityZone>zone-a'
    '</availabilityZone><image><format>VMDK</format><size>2048</size>'
    '</image><volume><id>vol-1</id><size>2</size></volume><status>'
    'cancelled</status></item></volumes><instanceId>i-9</instanceId>'
    '<platform>Linux</platform></importInstance>')

# (command, argv, response inner XML, expected params subset, stdout):
# see tests/unit/request_cases.py
CASES = [
    ('euca-describe-snapshot-attribute', ['snap-1', '-c'],
     '<snapshotId>snap-1</snapshotId><createVolumePermission><item><group>'
     'all</group></item><item><userId>1234</userId></item>'
     '</createVolumePermission>',
     {'Action': 'DescribeSnapshotAttribute',
      'SnapshotId': 'snap-1', 'Attribute': 'createVolumePermission'},
     'createVolumePermission\tsnap-1\tgroup\tall\n'
     'createVolumePermission\tsnap-1\tuserId\t1234\n'),
    ('euca-describe-snapshot-attribute', ['snap-1', '-p'],
     '<snapshotId>snap-1</snapshotId><productCodes><item><productCode>pc1'
     '</productCode><type>marketplace</type></item><item><productCode>pc2'
     '</productCode></item></productCodes>',
     {'Action': 'DescribeSnapshotAttribute',
      'Attribute': 'productCodes'},
     'productCodes\tsnap-1\tproductCode\t[marketplace: pc1]\n'
     'productCodes\tsnap-1\tproductCode\tpc2\n'),
    ('euca-modify-snapshot-attribute',
     ['snap-1', '-c', '-a', 'all', '-a', '1234', '-r', '5678'],
     '<return>true</return>',
     {'Action': 'ModifySnapshotAttribute',
      'SnapshotId': 'snap-1',
      'CreateVolumePermission.Add.1.Group': 'all',
      'CreateVolumePermission.Add.2.UserId': '1234',
      'CreateVolumePermission.Remove.1.UserId': '5678'},
     'createVolumePermission\tsnap-1\tADD\tGroup\tall\n'
     'createVolumePermission\tsnap-1\tADD\tUserId\t1234\n'
     'createVolumePermission\tsnap-1\tREMOVE\tUserId\t5678\n'),
    ('euca-reset-snapshot-attribute', ['snap-1', '-c'],
     '<return>true</return>',
     {'Action': 'ResetSnapshotAttribute',
      'SnapshotId': 'snap-1', 'Attribute': 'createVolumePermission'},
     'createVolumePermission\tsnap-1\tRESET\n'),
    ('euca-reset-image-attribute', ['emi-1', '-l'],
     '<return>true</return>',
     {'Action': 'ResetImageAttribute',
      'ImageId': 'emi-1', 'Attribute': 'launchPermission'},
     'launchPermission\temi-1\tRESET\n'),
    ('euca-modify-image-attribute', ['emi-1', '-p', 'pc1', '-p', 'pc2'],
     '<return>true</return>',
     {'Action': 'ModifyImageAttribute',
      'ImageId': 'emi-1', 'ProductCode.1': 'pc1', 'ProductCode.2': 'pc2'},
     'productcodes\temi-1\tproductCode\tpc1\n'
     'productcodes\temi-1\tproductCode\tpc2\n'),
    ('euca-modify-image-attribute', ['emi-1', '--description', 'new'],
     '<return>true</return>',
     {'Action': 'ModifyImageAttribute',
      'Description.Value': 'new'}, 'description\temi-1\t\tnew\n'),
    ('euca-describe-image-attribute', ['emi-1', '-B'],
     '<imageId>emi-1</imageId><blockDeviceMapping><item><deviceName>'
     '/dev/sda1</deviceName><ebs><snapshotId>snap-1</snapshotId></ebs>'
     '</item><item><deviceName>/dev/sdb</deviceName><virtualName>ephemeral0'
     '</virtualName></item></blockDeviceMapping>',
     {'Action': 'DescribeImageAttribute',
      'Attribute': 'blockDeviceMapping'},
     'blockDeviceMapping\temi-1\tblockDeviceMap\t/dev/sda1: snap-1\n'
     'blockDeviceMapping\temi-1\tblockDeviceMap\t/dev/sdb: ephemeral0\n'),
    ('euca-describe-image-attribute', ['emi-1', '--kernel'],
     '<imageId>emi-1</imageId><kernel><value>eki-1</value></kernel>',
     {'Action': 'DescribeImageAttribute',
      'Attribute': 'kernel'}, 'kernel\temi-1\t\teki-1\n'),
    ('euca-describe-instance-attribute', ['i-1', '-b'],
     '<instanceId>i-1</instanceId><blockDeviceMapping><item><deviceName>'
     '/dev/sda1</deviceName><ebs><volumeId>vol-1</volumeId><status>attached'
     '</status><attachTime>T1</attachTime><deleteOnTermination>true'
     '</deleteOnTermination></ebs></item></blockDeviceMapping>',
     {'Action': 'DescribeInstanceAttribute',
      'InstanceId': 'i-1', 'Attribute': 'blockDeviceMapping'},
     'BLOCKDEVICE\t/dev/sda1\tvol-1\tT1\ttrue\n'),
    ('euca-describe-instance-attribute', ['i-1', '-g'],
     '<instanceId>i-1</instanceId><groupSet><item><groupId>sg-1</groupId>'
     '</item><item><groupId>sg-2</groupId></item></groupSet>',
     {'Action': 'DescribeInstanceAttribute',
      'Attribute': 'groupSet'}, 'groupSet\ti-1\tsg-1, sg-2\n'),
    ('euca-describe-instance-attribute', ['i-1', '--user-data'],
     '<instanceId>i-1</instanceId><userData><value>aGVsbG8gd29ybGQ='
     '</value></userData>',
     {'Action': 'DescribeInstanceAttribute',
      'Attribute': 'userData'}, 'userData\ti-1\nhello world\n'),
    ('euca-describe-instance-attribute', ['i-1', '--user-data'],
     '<instanceId>i-1</instanceId><userData/>',
     {'Action': 'DescribeInstanceAttribute',
      'Attribute': 'userData'}, 'userData\ti-1\t\n'),
    ('euca-modify-instance-attribute',
     ['i-1', '-b', '/dev/sda1=::false', '-b', '/dev/sdb=::true'],
     '<return>true</return>',
     {'Action': 'ModifyInstanceAttribute',
      'InstanceId': 'i-1',
      'BlockDeviceMapping.1.DeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.Ebs.DeleteOnTermination': 'false',
      'BlockDeviceMapping.2.Ebs.DeleteOnTermination': 'true'}, ''),
    ('euca-modify-instance-attribute', ['i-1', '-g', 'sg-1', '-g', 'sg-2'],
     '<return>true</return>',
     {'Action': 'ModifyInstanceAttribute',
      'GroupId.1': 'sg-1', 'GroupId.2': 'sg-2'}, ''),
    ('euca-modify-instance-attribute', ['i-1', '--ebs-optimized', 'true'],
     '<return>true</return>',
     {'Action': 'ModifyInstanceAttribute',
      'EbsOptimized.Value': 'true'}, ''),
    ('euca-reset-instance-attribute', ['i-1', '--source-dest-check'],
     '<return>true</return>',
     {'Action': 'ResetInstanceAttribute',
      'InstanceId': 'i-1', 'Attribute': 'sourceDestCheck'}, ''),
    ('euca-copy-image', ['-r', 'other', '-s', 'emi-1', '-n', 'copy', '-d',
                         'desc', '-c', 'tok'],
     '<imageId>emi-2</imageId>',
     {'Action': 'CopyImage',
      'SourceRegion': 'other', 'SourceImageId': 'emi-1', 'Name': 'copy',
      'Description': 'desc', 'ClientToken': 'tok'}, 'IMAGE\temi-2\n'),
    ('euca-modify-instance-type',
     ['m1.small', '-c', '2', '-m', '512', '-d', '10', '-i', '2'],
     '<instanceType><name>m1.small</name><cpu>2</cpu><disk>10</disk>'
     '<memory>512</memory></instanceType>',
     {'Action': 'ModifyInstanceTypeAttribute',
      'Name': 'm1.small', 'Cpu': '2', 'Memory': '512', 'Disk': '10',
      'NetworkInterfaces': '2'},
     'INSTANCETYPE\tm1.small\t2\t512\t10\n'),
    ('euca-modify-instance-type', ['m1.small', '--reset'],
     '<instanceType><name>m1.small</name><cpu>1</cpu><disk>5</disk>'
     '<memory>256</memory></instanceType>',
     {'Action': 'ModifyInstanceTypeAttribute',
      'Reset': 'true'}, 'INSTANCETYPE\tm1.small\t1\t256\t5\n'),
    ('euca-confirm-product-instance', ['pc-1', '-i', 'i-1'],
     '<return>true</return><ownerId>1234</ownerId>',
     {'Action': 'ConfirmProductInstance',
      'ProductCode': 'pc-1', 'InstanceId': 'i-1'},
     'pc-1\ti-1\ttrue\t1234\n'),
    ('euca-get-password-data', ['i-1'],
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><passwordData>\n'
     'QUJD\n</passwordData>', {'Action': 'GetPasswordData',
                               'InstanceId': 'i-1'}, '\nQUJD\n\n'),
    ('euca-describe-account-attributes', ['max-instances'],
     '<accountAttributeSet><item><attributeName>max-instances'
     '</attributeName><attributeValueSet><item><attributeValue>20'
     '</attributeValue></item></attributeValueSet></item>'
     '</accountAttributeSet>', {'Action': 'DescribeAccountAttributes',
                                'AttributeName.1': 'max-instances'},
     'ACCOUNTATTRIBUTE\tmax-instances\nVALUE\t20\n'),
    ('euca-describe-conversion-tasks', ['import-vol-1', 'import-i-1'],
     f'<conversionTasks><item>{CONVERSION_VOLUME}</item><item>'
     f'{CONVERSION_INSTANCE}</item></conversionTasks>',
     {'Action': 'DescribeConversionTasks',
      'ConversionTaskId.1': 'import-vol-1',
      'ConversionTaskId.2': 'import-i-1'},
     'TaskType\tIMPORTVOLUME\tTaskId\timport-vol-1\tExpirationTime\t'
     '2026-12-01T00:00:00Z\tStatus\tactive\n'
     'DISKIMAGE\tDiskImageFormat\tRAW\tDiskImageSize\t4096\tVolumeSize\t1'
     '\tAvailabilityZone\tzone-a\tApproximateBytesConverted\t0\n'
     'TaskType\tIMPORTINSTANCE\tTaskId\timport-i-1\tStatus\tcancelled\t'
     'StatusMessage\tuser cancelled\tInstanceID\ti-9\n'
     'DISKIMAGE\tDiskImageFormat\tVMDK\tDiskImageSize\t2048\tVolumeId\t'
     'vol-1\tVolumeSize\t2\tAvailabilityZone\tzone-a\t'
     'ApproximateBytesConverted\t10\tStatus\tcancelled\n'),
    ('euca-cancel-conversion-task', ['import-i-1'],
     '<return>true</return>', {'Action': 'CancelConversionTask',
                               'ConversionTaskId': 'import-i-1'}, ''),
    ('euca-create-placement-group', ['hpc'],
     '<return>true</return>', {'Action': 'CreatePlacementGroup',
                               'GroupName': 'hpc', 'Strategy': 'cluster'},
     'PLACEMENTGROUP\thpc\tcluster\n'),
    ('euca-delete-placement-group', ['hpc'],
     '<return>true</return>', {'Action': 'DeletePlacementGroup',
                               'GroupName': 'hpc'},
     'PLACEMENTGROUP\thpc\tdeleted\n'),
    ('euca-describe-placement-groups', ['hpc', '--filter', 'state=available'],
     '<placementGroupSet><item><groupName>hpc</groupName><strategy>cluster'
     '</strategy><state>available</state></item></placementGroupSet>',
     {'Action': 'DescribePlacementGroups',
      'GroupName.1': 'hpc', 'Filter.1.Name': 'state',
      'Filter.1.Value.1': 'available'},
     'PLACEMENTGROUP\thpc\tcluster\tavailable\n'),
    ('euca-describe-reserved-instances', ['ri-1'],
     '<reservedInstancesSet><item><reservedInstancesId>ri-1'
     '</reservedInstancesId><instanceType>m1.small</instanceType>'
     '<availabilityZone>zone-a</availabilityZone><start>S</start><end>E'
     '</end><duration>31536000</duration><usagePrice>0.0</usagePrice>'
     '<fixedPrice>60.0</fixedPrice><instanceCount>2</instanceCount>'
     '<productDescription>Linux/UNIX</productDescription><state>active'
     '</state><instanceTenancy>default</instanceTenancy><currencyCode>USD'
     '</currencyCode><offeringType>Light Utilization</offeringType>'
     '<recurringCharges><item><frequency>Hourly</frequency><amount>0.01'
     '</amount></item></recurringCharges></item></reservedInstancesSet>',
     {'Action': 'DescribeReservedInstances',
      'ReservedInstancesId.1': 'ri-1'},
     'RESERVEDINSTANCES\tri-1\tzone-a\tm1.small\tLinux/UNIX\t31536000\t60.0'
     '\t0.0\t2\tS\tE\tactive\tdefault\tUSD\tLight Utilization\n'
     'RECURRINGCHARGE\tHourly\t0.01\n'),
    ('euca-describe-reserved-instances-offerings',
     ['-t', 'm1.small', '--include-marketplace'],
     '<reservedInstancesOfferingsSet><item><reservedInstancesOfferingId>'
     'off-1</reservedInstancesOfferingId><instanceType>m1.small'
     '</instanceType><availabilityZone>zone-a</availabilityZone><duration>'
     '94608000</duration><fixedPrice>100.0</fixedPrice><usagePrice>0.02'
     '</usagePrice><productDescription>Linux/UNIX</productDescription>'
     '<instanceTenancy>default</instanceTenancy><currencyCode>USD'
     '</currencyCode><offeringType>Medium Utilization</offeringType>'
     '<marketplace>false</marketplace><recurringCharges/>'
     '<pricingDetailsSet/></item></reservedInstancesOfferingsSet>',
     {'Action': 'DescribeReservedInstancesOfferings',
      'InstanceType': 'm1.small', 'IncludeMarketplace': 'true'},
     'OFFERING\toff-1\tzone-a\tm1.small\tLinux/UNIX\t94608000\t100.0\t0.02'
     '\tdefault\tUSD\tMedium Utilization\tfalse\n'),
    ('euca-purchase-reserved-instances-offering',
     ['-o', 'off-1', '-c', '3', '--limit-price', '500'],
     '<reservedInstancesId>ri-9</reservedInstancesId>',
     {'Action': 'PurchaseReservedInstancesOffering',
      'ReservedInstancesOfferingId': 'off-1', 'InstanceCount': '3',
      'LimitPrice.Amount': '500', 'LimitPrice.CurrencyCode': 'USD'},
     'RESERVEDINSTANCES\tri-9\n'),
    ('euca-create-instance-export-task',
     ['i-1', '-e', 'vmware', '-b', 'bkt', '-f', 'vmdk', '-c', 'ova', '-p',
      'exports/', '-d', 'nightly'],
     '<exportTask><exportTaskId>export-i-1</exportTaskId><description>'
     'nightly</description><state>active</state><statusMessage/>'
     '<instanceExport><instanceId>i-1</instanceId><targetEnvironment>vmware'
     '</targetEnvironment></instanceExport><exportToS3><diskImageFormat>vmdk'
     '</diskImageFormat><containerFormat>ova</containerFormat><s3Bucket>bkt'
     '</s3Bucket><s3Key>exports/export-i-1.ova</s3Key></exportToS3>'
     '</exportTask>',
     {'Action': 'CreateInstanceExportTask',
      'InstanceId': 'i-1', 'TargetEnvironment': 'vmware',
      'ExportToS3.S3Bucket': 'bkt', 'ExportToS3.DiskImageFormat': 'vmdk',
      'ExportToS3.ContainerFormat': 'ova', 'ExportToS3.S3Prefix': 'exports/',
      'Description': 'nightly'},
     'EXPORTTASK\texport-i-1\tactive\ti-1\tvmware\tvmdk\tova\tbkt\t'
     'exports/export-i-1.ova\tnightly\t\n'),
    ('euca-describe-export-tasks', ['export-i-1'],
     '<exportTaskSet><item><exportTaskId>export-i-1</exportTaskId><state>'
     'cancelled</state></item></exportTaskSet>',
     {'Action': 'DescribeExportTasks',
      'ExportTaskId.1': 'export-i-1'},
     'EXPORTTASK\texport-i-1\tcancelled\t\t\t\t\t\t\t\t\n'),
    ('euca-cancel-export-task', ['export-i-1'],
     '<return>true</return>', {'Action': 'CancelExportTask',
                               'ExportTaskId': 'export-i-1'}, ''),
    ('euca-cancel-spot-instance-requests', ['sir-1', 'sir-2'],
     '<spotInstanceRequestSet><item><spotInstanceRequestId>sir-1'
     '</spotInstanceRequestId><state>cancelled</state></item>'
     '</spotInstanceRequestSet>',
     {'Action': 'CancelSpotInstanceRequests',
      'SpotInstanceRequestId.1': 'sir-1', 'SpotInstanceRequestId.2': 'sir-2'},
     'SPOTINSTANCEREQUEST\tsir-1\tcancelled\n'),
    # 3.x: caret notation for control characters, "?" for bad bytes
    ('euca-get-console-output', ['i-1'],
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><output>'
     'YRtif/9jCXoA</output>', {'Action': 'GetConsoleOutput',
                               'InstanceId': 'i-1'},
     'i-1\nT\na^[b^??c\tz^@\n'),
    ('euca-get-console-output', ['i-1', '-r'],
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><output>'
     'YRtif/9jCXoA</output>', {'Action': 'GetConsoleOutput',
                               'InstanceId': 'i-1'},
     'i-1\nT\na\x1bb\x7f?c\tz\x00\n'),
    # type before ID, as the output-formats reference gives 3.4's row
    ('euca-describe-tags', ['--filter', 'key=Name'],
     '<tagSet><item><resourceId>i-1</resourceId><resourceType>instance'
     '</resourceType><key>Name</key><value>web</value></item></tagSet>',
     {'Action': 'DescribeTags',
      'Filter.1.Name': 'key', 'Filter.1.Value.1': 'Name'},
     'TAG\tinstance\ti-1\tName\tweb\n'),
    # sent sorted and de-duplicated, as 3.x did
    ('euca-describe-addresses', ['10.0.0.2', 'eipalloc-2', '10.0.0.1',
                                 'eipalloc-1', '10.0.0.2'],
     '<addressesSet><item><publicIp>10.0.0.1</publicIp><domain>vpc</domain>'
     '<allocationId>eipalloc-1</allocationId></item></addressesSet>',
     {'Action': 'DescribeAddresses',
      'PublicIp.1': '10.0.0.1', 'PublicIp.2': '10.0.0.2', 'PublicIp.3': None,
      'AllocationId.1': 'eipalloc-1', 'AllocationId.2': 'eipalloc-2'},
     'ADDRESS\t10.0.0.1\t\tvpc\teipalloc-1\t\t\t\n'),
    # an allocation ID given as ADDRESS goes out as AllocationId; the row
    # is the non-VPC form, as 3.x printed it
    ('euca-associate-address', ['eipalloc-1', '-i', 'i-1'],
     '<return>true</return><associationId>eipassoc-1</associationId>',
     {'Action': 'AssociateAddress',
      'AllocationId': 'eipalloc-1', 'PublicIp': None, 'InstanceId': 'i-1'},
     'ADDRESS\teipalloc-1\ti-1\n'),
    ('euca-associate-address', ['-a', 'eipalloc-1', '-n', 'eni-1', '-p',
                                '10.0.0.9', '--no-allow-reassociation'],
     '<return>true</return><associationId>eipassoc-1</associationId>',
     {'Action': 'AssociateAddress',
      'AllocationId': 'eipalloc-1', 'NetworkInterfaceId': 'eni-1',
      'PrivateIpAddress': '10.0.0.9', 'AllowReassociation': 'false'},
     'ADDRESS\t\teipalloc-1\teipassoc-1\t10.0.0.9\n'),
    ('euca-register', ['-n', 'img', '-s', 'snap-1', '-b',
                       '/dev/sda1=snap-1'],
     '<imageId>emi-1</imageId>',
     {'Action': 'RegisterImage',
      'RootDeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.DeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.Ebs.SnapshotId': 'snap-1',
      'BlockDeviceMapping.2.DeviceName': None}, 'IMAGE\temi-1\n'),
    ('euca-create-snapshot', ['vol-1', '-d', 'x'],
     '<snapshotId>snap-1</snapshotId><volumeId>vol-1</volumeId><status>'
     'pending</status><startTime>T</startTime><progress>0%</progress>'
     '<ownerId>1234</ownerId><volumeSize>1</volumeSize><description>x'
     '</description>', {'Action': 'CreateSnapshot',
                        'VolumeId': 'vol-1', 'Description': 'x'},
     'SNAPSHOT\tsnap-1\tvol-1\tpending\tT\t1234\t1\tx\n'),
]


test_request_and_rows = EC2.table_test(CASES)



@responses.activate
def test_authorize_from_group_does_not_open_the_world(inprocess):
    responses.add_callback(responses.POST, URL, callback=answer(OK))
    code, out, err = inprocess(Authorize, ['web', '-P', 'tcp', '-p', '22',
                                           '-o', 'admin', '-u',
                                           '111122223333'])
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
        '-b', '/dev/sdb=ephemeral0',
        '-p', 'arn:aws:iam::1:instance-profile/p'])
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
    for image_id in (b'ami-b', b'ami-a'):
        responses.add_callback(responses.POST, URL,
                               callback=answer(image % image_id))
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


INSTANCE_TYPES = (
    '<instanceTypeDetails><item><name>m1.small</name><cpu>1</cpu><disk>5'
    '</disk><memory>256</memory><networkInterfaces>2</networkInterfaces>'
    '<availability><item><zoneName>zone-b'
    '</zoneName><max>4</max><available>1</available></item><item><zoneName>'
    'zone-a</zoneName><max>4</max><available>4</available></item>'
    '</availability></item><item><name>c1.xlarge</name><cpu>16</cpu><disk>'
    '20</disk><memory>2048</memory><availability><item><zoneName>zone-a'
    '</zoneName><max>0</max><available>0</available></item></availability>'
    '</item></instanceTypeDetails>')


@responses.activate
def test_describe_instance_types_aligns_columns(inprocess):
    responses.post(URL, body=ec2_xml('DescribeInstanceTypes', INSTANCE_TYPES))
    cls = command('euca-describe-instance-types')
    code, out, _ = inprocess(cls, ['m1.small'])
    assert code == 0
    assert 'Availability' not in sent()
    assert sent()['InstanceType.1'] == 'm1.small'
    # c1.xlarge's answer has no networkInterfaces (a cloud before 4.3):
    # its NICs column is empty.
    assert out == ('INSTANCETYPE\tName       CPUs  Memory (MiB)  Disk (GiB)  '
                   'NICs\n'
                   'INSTANCETYPE\tm1.small      1           256           5  '
                   '   2\n'
                   'INSTANCETYPE\tc1.xlarge    16          2048          20  '
                   '    \n')
    code, out, _ = inprocess(cls, ['--show-capacity'])
    assert sent(1)['Availability'] == 'true'
    assert out.splitlines() == [
        'INSTANCETYPE\tName       CPUs  Memory (MiB)  Disk (GiB)  NICs  '
        'Used / Total  Used %',
        'INSTANCETYPE\tm1.small      1           256           5     2     '
        '3 /     8     38%',
        'INSTANCETYPE\tc1.xlarge    16          2048          20           '
        '0 /     0        ']
    code, out, _ = inprocess(cls, ['--by-zone'])
    assert sent(2)['Availability'] == 'true'
    assert out == ('AVAILABILITYZONE\tzone-a\n'
                   'INSTANCETYPE\tName       CPUs  Memory (MiB)  Disk (GiB)  '
                   'NICs\n'
                   'INSTANCETYPE\tm1.small      1           256           5  '
                   '   2\n'
                   'INSTANCETYPE\tc1.xlarge    16          2048          20  '
                   '    \n'
                   '\n'
                   'AVAILABILITYZONE\tzone-b\n'
                   'INSTANCETYPE\tName      CPUs  Memory (MiB)  Disk (GiB)  '
                   'NICs\n'
                   'INSTANCETYPE\tm1.small     1           256           5  '
                   '   2\n'
                   '\n')
    code, out, _ = inprocess(cls, ['--by-zone', '--show-capacity'])
    lines = out.split('\n')
    assert lines[2].endswith('0 /     4      0%')
    assert lines[7].endswith('3 /     4     75%')


@responses.activate
def test_request_spot_instances_launch_specification(inprocess, tmp_path):
    responses.post(URL, body=ec2_xml(
        'RequestSpotInstances',
        '<spotInstanceRequestSet><item><spotInstanceRequestId>sir-1'
        '</spotInstanceRequestId><spotPrice>0.1</spotPrice><type>one-time'
        '</type><state>open</state><status><code>pending-evaluation</code>'
        '<updateTime>U</updateTime><message>waiting</message></status>'
        '<launchSpecification><imageId>emi-1</imageId><instanceType>m1.small'
        '</instanceType><groupSet><item><groupId>sg-1</groupId></item>'
        '</groupSet><monitoring><enabled>false</enabled></monitoring>'
        '</launchSpecification><createTime>C</createTime>'
        '<productDescription>Linux/UNIX</productDescription></item>'
        '</spotInstanceRequestSet>'))
    code, out, err = inprocess(command('euca-request-spot-instances'), [
        'emi-1', '-p', '0.1', '-n', '2', '-g', 'web', '-g', 'sg-1', '-d',
        'hi', '-t', 'm1.small', '-b', '/dev/sdb=ephemeral0', '--monitor',
        '--iam-profile', 'arn:aws:iam::1:instance-profile/p'])
    assert (code, err) == (0, '')
    params = sent()
    assert len(params.pop('ClientToken')) == 36   # a fresh UUID
    assert {k: v for k, v in params.items()
            if k not in ('Action', 'Version')} == {
        'SpotPrice': '0.1', 'InstanceCount': '2',
        'LaunchSpecification.ImageId': 'emi-1',
        'LaunchSpecification.UserData': 'aGk=',
        'LaunchSpecification.SecurityGroupId.1': 'sg-1',
        'LaunchSpecification.SecurityGroup.1': 'web',
        'LaunchSpecification.InstanceType': 'm1.small',
        'LaunchSpecification.BlockDeviceMapping.1.DeviceName': '/dev/sdb',
        'LaunchSpecification.BlockDeviceMapping.1.VirtualName': 'ephemeral0',
        'LaunchSpecification.Monitoring.Enabled': 'true',
        'LaunchSpecification.IamInstanceProfile.Arn':
            'arn:aws:iam::1:instance-profile/p'}
    assert out.split('\n') == [
        'SPOTINSTANCEREQUEST\tsir-1\t0.1\tone-time\tLinux/UNIX\topen\tC\t\t'
        '\t\t\t\temi-1\tm1.small\t\tsg-1\t\t\t\tmonitoring-disabled\t\t\t',
        'SPOTINSTANCESTATUS\tpending-evaluation\tU\twaiting', '']


@responses.activate
def test_spot_price_history_follows_pages(inprocess):
    price = ('<item><instanceType>m1.small</instanceType><productDescription>'
             'Linux/UNIX</productDescription><spotPrice>{}</spotPrice>'
             '<timestamp>T</timestamp><availabilityZone>zone-a'
             '</availabilityZone></item>')
    responses.post(URL, body=ec2_xml(
        'DescribeSpotPriceHistory', f'<spotPriceHistorySet>{price.format("1")}'
        '</spotPriceHistorySet><nextToken>tok</nextToken>'))
    responses.post(URL, body=ec2_xml(
        'DescribeSpotPriceHistory', f'<spotPriceHistorySet>{price.format("2")}'
        '</spotPriceHistorySet>'))
    code, out, _ = inprocess(command('euca-describe-spot-price-history'),
                             ['-t', 'm1.small', '-d', 'Linux/UNIX'])
    assert code == 0
    assert sent(0)['InstanceType.1'] == 'm1.small'
    assert sent(1)['NextToken'] == 'tok'
    assert out == ('SPOTINSTANCEPRICE\t1\tT\tm1.small\tLinux/UNIX\tzone-a\n'
                   'SPOTINSTANCEPRICE\t2\tT\tm1.small\tLinux/UNIX\tzone-a\n')


@pytest.mark.parametrize('name,argv,message', [
    ('euca-modify-image-attribute', ['emi-1', '-l'], 'at least one entity'),
    ('euca-modify-image-attribute', ['emi-1', '--description', 'd', '-r', '1'],
     'argument -r/--remove may only be used with -l/--launch-permission'),
    ('euca-modify-snapshot-attribute', ['snap-1'], 'required'),
    ('euca-modify-instance-type', ['m1.small', '--reset', '-c', '2'],
     '--reset may not be used'),
    ('euca-modify-instance-attribute', ['i-1', '-b', '/dev/sda1=snap-1:1'],
     'DEVICE=::true'),
    ('euca-modify-instance-attribute', ['i-1', '-t', 'a', '--kernel', 'k'],
     'not allowed with'),
    ('euca-describe-instance-attribute', ['i-1'], 'required'),
    ('euca-describe-snapshots', ['-a', '-o', 'self'], 'not allowed with'),
    ('euca-delete-disk-image', [], 'required'),
    ('euca-import-volume', ['/nonexistent', '-f', 'raw', '-z', 'zone-a'],
     'one of the arguments -b/--bucket --manifest-url is required'),
    # checks 3.x makes before sending
    ('euca-create-volume', ['-z', 'zone-a', '-s', '5', '-i', '100'],
     'argument -i/--iops: -t/--type is required'),
    ('euca-create-volume', ['-z', 'zone-a', '-s', '5', '-t', 'standard',
                            '-i', '100'],
     'not allowed with volume type "standard"'),
    ('euca-register', ['bkt/img.manifest.xml', '-n', 'img',
                       '--root-device-name', '/dev/sda'],
     'argument --root-device-name: not allowed with argument MANIFEST'),
    ('euca-register', ['-n', 'img', '-s', 'snap-1', '-b',
                       '/dev/sda1=snap-2'], 'conflicts with'),
    ('euca-disassociate-address', ['eipassoc-1'],
     'must be specified with -a/--association-id'),
])
def test_usage_errors(inprocess, name, argv, message):
    code, out, err = inprocess(command(name), argv)
    assert code == 2 and out == ''
    assert message in err
