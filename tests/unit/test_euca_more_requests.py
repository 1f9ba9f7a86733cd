"""Requests and rows of the snapshot, attribute, instance type, spot,
placement group, reserved instance, export and import commands, checked
in-process against `responses` (issue 7, part 2)."""

import pytest
import responses

from tests.query_helpers import ec2_xml, sent
from tests.unit.request_cases import Family, command

URL = 'http://cloud.test/'
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
