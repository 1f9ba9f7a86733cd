"""Requests and rows of the snapshot, attribute, instance type, spot,
placement group, reserved instance, export and import commands, checked
in-process against `responses` (issue 7, part 2)."""

import importlib

import pytest
import responses

from tests.query_helpers import sent
URL = 'http://cloud.test/'


def command(name):
    module = importlib.import_module(f'euca2ools.commands.euca.{name}')
    return next(v for v in vars(module).values()
                if isinstance(v, type) and v.__module__ == module.__name__
                and v.__dict__.get('COMMAND'))


def xml(action, inner):
    return (f'<{action}Response xmlns="http://ec2.amazonaws.com/doc/'
            f'2015-10-01/"><requestId>r</requestId>{inner}'
            f'</{action}Response>').encode()


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

# (module, argv, action, response inner XML, expected params subset,
#  expected stdout)
CASES = [
    ('describesnapshotattribute', ['snap-1', '-c'],
     'DescribeSnapshotAttribute',
     '<snapshotId>snap-1</snapshotId><createVolumePermission><item><group>'
     'all</group></item><item><userId>1234</userId></item>'
     '</createVolumePermission>',
     {'SnapshotId': 'snap-1', 'Attribute': 'createVolumePermission'},
     'createVolumePermission\tsnap-1\tgroup\tall\n'
     'createVolumePermission\tsnap-1\tuserId\t1234\n'),
    ('describesnapshotattribute', ['snap-1', '-p'],
     'DescribeSnapshotAttribute',
     '<snapshotId>snap-1</snapshotId><productCodes><item><productCode>pc1'
     '</productCode><type>marketplace</type></item><item><productCode>pc2'
     '</productCode></item></productCodes>',
     {'Attribute': 'productCodes'},
     'productCodes\tsnap-1\tproductCode\t[marketplace: pc1]\n'
     'productCodes\tsnap-1\tproductCode\tpc2\n'),
    ('modifysnapshotattribute',
     ['snap-1', '-c', '-a', 'all', '-a', '1234', '-r', '5678'],
     'ModifySnapshotAttribute', '<return>true</return>',
     {'SnapshotId': 'snap-1',
      'CreateVolumePermission.Add.1.Group': 'all',
      'CreateVolumePermission.Add.2.UserId': '1234',
      'CreateVolumePermission.Remove.1.UserId': '5678'},
     'createVolumePermission\tsnap-1\tADD\tGroup\tall\n'
     'createVolumePermission\tsnap-1\tADD\tUserId\t1234\n'
     'createVolumePermission\tsnap-1\tREMOVE\tUserId\t5678\n'),
    ('resetsnapshotattribute', ['snap-1', '-c'], 'ResetSnapshotAttribute',
     '<return>true</return>',
     {'SnapshotId': 'snap-1', 'Attribute': 'createVolumePermission'},
     'createVolumePermission\tsnap-1\tRESET\n'),
    ('resetimageattribute', ['emi-1', '-l'], 'ResetImageAttribute',
     '<return>true</return>',
     {'ImageId': 'emi-1', 'Attribute': 'launchPermission'},
     'launchPermission\temi-1\tRESET\n'),
    ('modifyimageattribute', ['emi-1', '-p', 'pc1', '-p', 'pc2'],
     'ModifyImageAttribute', '<return>true</return>',
     {'ImageId': 'emi-1', 'ProductCode.1': 'pc1', 'ProductCode.2': 'pc2'},
     'productcodes\temi-1\tproductCode\tpc1\n'
     'productcodes\temi-1\tproductCode\tpc2\n'),
    ('modifyimageattribute', ['emi-1', '--description', 'new'],
     'ModifyImageAttribute', '<return>true</return>',
     {'Description.Value': 'new'}, 'description\temi-1\t\tnew\n'),
    ('describeimageattribute', ['emi-1', '-B'], 'DescribeImageAttribute',
     '<imageId>emi-1</imageId><blockDeviceMapping><item><deviceName>'
     '/dev/sda1</deviceName><ebs><snapshotId>snap-1</snapshotId></ebs>'
     '</item><item><deviceName>/dev/sdb</deviceName><virtualName>ephemeral0'
     '</virtualName></item></blockDeviceMapping>',
     {'Attribute': 'blockDeviceMapping'},
     'blockDeviceMapping\temi-1\tblockDeviceMap\t/dev/sda1: snap-1\n'
     'blockDeviceMapping\temi-1\tblockDeviceMap\t/dev/sdb: ephemeral0\n'),
    ('describeimageattribute', ['emi-1', '--kernel'],
     'DescribeImageAttribute',
     '<imageId>emi-1</imageId><kernel><value>eki-1</value></kernel>',
     {'Attribute': 'kernel'}, 'kernel\temi-1\t\teki-1\n'),
    ('describeinstanceattribute', ['i-1', '-b'],
     'DescribeInstanceAttribute',
     '<instanceId>i-1</instanceId><blockDeviceMapping><item><deviceName>'
     '/dev/sda1</deviceName><ebs><volumeId>vol-1</volumeId><status>attached'
     '</status><attachTime>T1</attachTime><deleteOnTermination>true'
     '</deleteOnTermination></ebs></item></blockDeviceMapping>',
     {'InstanceId': 'i-1', 'Attribute': 'blockDeviceMapping'},
     'BLOCKDEVICE\t/dev/sda1\tvol-1\tT1\ttrue\n'),
    ('describeinstanceattribute', ['i-1', '-g'],
     'DescribeInstanceAttribute',
     '<instanceId>i-1</instanceId><groupSet><item><groupId>sg-1</groupId>'
     '</item><item><groupId>sg-2</groupId></item></groupSet>',
     {'Attribute': 'groupSet'}, 'groupSet\ti-1\tsg-1, sg-2\n'),
    ('describeinstanceattribute', ['i-1', '--user-data'],
     'DescribeInstanceAttribute',
     '<instanceId>i-1</instanceId><userData><value>aGVsbG8gd29ybGQ='
     '</value></userData>',
     {'Attribute': 'userData'}, 'userData\ti-1\nhello world\n'),
    ('describeinstanceattribute', ['i-1', '--user-data'],
     'DescribeInstanceAttribute',
     '<instanceId>i-1</instanceId><userData/>',
     {'Attribute': 'userData'}, 'userData\ti-1\t\n'),
    ('modifyinstanceattribute', ['i-1', '-b', '/dev/sda1=::false', '-b',
                                 '/dev/sdb=::true'],
     'ModifyInstanceAttribute', '<return>true</return>',
     {'InstanceId': 'i-1',
      'BlockDeviceMapping.1.DeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.Ebs.DeleteOnTermination': 'false',
      'BlockDeviceMapping.2.Ebs.DeleteOnTermination': 'true'}, ''),
    ('modifyinstanceattribute', ['i-1', '-g', 'sg-1', '-g', 'sg-2'],
     'ModifyInstanceAttribute', '<return>true</return>',
     {'GroupId.1': 'sg-1', 'GroupId.2': 'sg-2'}, ''),
    ('modifyinstanceattribute', ['i-1', '--ebs-optimized', 'true'],
     'ModifyInstanceAttribute', '<return>true</return>',
     {'EbsOptimized.Value': 'true'}, ''),
    ('resetinstanceattribute', ['i-1', '--source-dest-check'],
     'ResetInstanceAttribute', '<return>true</return>',
     {'InstanceId': 'i-1', 'Attribute': 'sourceDestCheck'}, ''),
    ('copyimage', ['-r', 'other', '-s', 'emi-1', '-n', 'copy', '-d', 'desc',
                   '-c', 'tok'],
     'CopyImage', '<imageId>emi-2</imageId>',
     {'SourceRegion': 'other', 'SourceImageId': 'emi-1', 'Name': 'copy',
      'Description': 'desc', 'ClientToken': 'tok'}, 'IMAGE\temi-2\n'),
    ('modifyinstancetype', ['m1.small', '-c', '2', '-m', '512', '-d', '10',
                            '-i', '2'],
     'ModifyInstanceTypeAttribute',
     '<instanceType><name>m1.small</name><cpu>2</cpu><disk>10</disk>'
     '<memory>512</memory></instanceType>',
     {'Name': 'm1.small', 'Cpu': '2', 'Memory': '512', 'Disk': '10',
      'NetworkInterfaces': '2'},
     'INSTANCETYPE\tm1.small\t2\t512\t10\n'),
    ('modifyinstancetype', ['m1.small', '--reset'],
     'ModifyInstanceTypeAttribute',
     '<instanceType><name>m1.small</name><cpu>1</cpu><disk>5</disk>'
     '<memory>256</memory></instanceType>',
     {'Reset': 'true'}, 'INSTANCETYPE\tm1.small\t1\t256\t5\n'),
    ('confirmproductinstance', ['pc-1', '-i', 'i-1'],
     'ConfirmProductInstance',
     '<return>true</return><ownerId>1234</ownerId>',
     {'ProductCode': 'pc-1', 'InstanceId': 'i-1'},
     'pc-1\ti-1\ttrue\t1234\n'),
    ('getpassworddata', ['i-1'], 'GetPasswordData',
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><passwordData>\n'
     'QUJD\n</passwordData>', {'InstanceId': 'i-1'}, '\nQUJD\n\n'),
    ('describeaccountattributes', ['max-instances'],
     'DescribeAccountAttributes',
     '<accountAttributeSet><item><attributeName>max-instances'
     '</attributeName><attributeValueSet><item><attributeValue>20'
     '</attributeValue></item></attributeValueSet></item>'
     '</accountAttributeSet>', {'AttributeName.1': 'max-instances'},
     'ACCOUNTATTRIBUTE\tmax-instances\nVALUE\t20\n'),
    ('describeconversiontasks', ['import-vol-1', 'import-i-1'],
     'DescribeConversionTasks',
     f'<conversionTasks><item>{CONVERSION_VOLUME}</item><item>'
     f'{CONVERSION_INSTANCE}</item></conversionTasks>',
     {'ConversionTaskId.1': 'import-vol-1',
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
    ('cancelconversiontask', ['import-i-1'], 'CancelConversionTask',
     '<return>true</return>', {'ConversionTaskId': 'import-i-1'}, ''),
    ('createplacementgroup', ['hpc'], 'CreatePlacementGroup',
     '<return>true</return>', {'GroupName': 'hpc', 'Strategy': 'cluster'},
     'PLACEMENTGROUP\thpc\tcluster\n'),
    ('deleteplacementgroup', ['hpc'], 'DeletePlacementGroup',
     '<return>true</return>', {'GroupName': 'hpc'},
     'PLACEMENTGROUP\thpc\tdeleted\n'),
    ('describeplacementgroups', ['hpc', '--filter', 'state=available'],
     'DescribePlacementGroups',
     '<placementGroupSet><item><groupName>hpc</groupName><strategy>cluster'
     '</strategy><state>available</state></item></placementGroupSet>',
     {'GroupName.1': 'hpc', 'Filter.1.Name': 'state',
      'Filter.1.Value.1': 'available'},
     'PLACEMENTGROUP\thpc\tcluster\tavailable\n'),
    ('describereservedinstances', ['ri-1'], 'DescribeReservedInstances',
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
     {'ReservedInstancesId.1': 'ri-1'},
     'RESERVEDINSTANCES\tri-1\tzone-a\tm1.small\tLinux/UNIX\t31536000\t60.0'
     '\t0.0\t2\tS\tE\tactive\tdefault\tUSD\tLight Utilization\n'
     'RECURRINGCHARGE\tHourly\t0.01\n'),
    ('describereservedinstancesofferings',
     ['-t', 'm1.small', '--include-marketplace'],
     'DescribeReservedInstancesOfferings',
     '<reservedInstancesOfferingsSet><item><reservedInstancesOfferingId>'
     'off-1</reservedInstancesOfferingId><instanceType>m1.small'
     '</instanceType><availabilityZone>zone-a</availabilityZone><duration>'
     '94608000</duration><fixedPrice>100.0</fixedPrice><usagePrice>0.02'
     '</usagePrice><productDescription>Linux/UNIX</productDescription>'
     '<instanceTenancy>default</instanceTenancy><currencyCode>USD'
     '</currencyCode><offeringType>Medium Utilization</offeringType>'
     '<marketplace>false</marketplace><recurringCharges/>'
     '<pricingDetailsSet/></item></reservedInstancesOfferingsSet>',
     {'InstanceType': 'm1.small', 'IncludeMarketplace': 'true'},
     'OFFERING\toff-1\tzone-a\tm1.small\tLinux/UNIX\t94608000\t100.0\t0.02'
     '\tdefault\tUSD\tMedium Utilization\tfalse\n'),
    ('purchasereservedinstancesoffering',
     ['-o', 'off-1', '-c', '3', '--limit-price', '500'],
     'PurchaseReservedInstancesOffering',
     '<reservedInstancesId>ri-9</reservedInstancesId>',
     {'ReservedInstancesOfferingId': 'off-1', 'InstanceCount': '3',
      'LimitPrice.Amount': '500', 'LimitPrice.CurrencyCode': 'USD'},
     'RESERVEDINSTANCES\tri-9\n'),
    ('createinstanceexporttask',
     ['i-1', '-e', 'vmware', '-b', 'bkt', '-f', 'vmdk', '-c', 'ova', '-p',
      'exports/', '-d', 'nightly'],
     'CreateInstanceExportTask',
     '<exportTask><exportTaskId>export-i-1</exportTaskId><description>'
     'nightly</description><state>active</state><statusMessage/>'
     '<instanceExport><instanceId>i-1</instanceId><targetEnvironment>vmware'
     '</targetEnvironment></instanceExport><exportToS3><diskImageFormat>vmdk'
     '</diskImageFormat><containerFormat>ova</containerFormat><s3Bucket>bkt'
     '</s3Bucket><s3Key>exports/export-i-1.ova</s3Key></exportToS3>'
     '</exportTask>',
     {'InstanceId': 'i-1', 'TargetEnvironment': 'vmware',
      'ExportToS3.S3Bucket': 'bkt', 'ExportToS3.DiskImageFormat': 'vmdk',
      'ExportToS3.ContainerFormat': 'ova', 'ExportToS3.S3Prefix': 'exports/',
      'Description': 'nightly'},
     'EXPORTTASK\texport-i-1\tactive\ti-1\tvmware\tvmdk\tova\tbkt\t'
     'exports/export-i-1.ova\tnightly\t\n'),
    ('describeexporttasks', ['export-i-1'], 'DescribeExportTasks',
     '<exportTaskSet><item><exportTaskId>export-i-1</exportTaskId><state>'
     'cancelled</state></item></exportTaskSet>',
     {'ExportTaskId.1': 'export-i-1'},
     'EXPORTTASK\texport-i-1\tcancelled\t\t\t\t\t\t\t\t\n'),
    ('cancelexporttask', ['export-i-1'], 'CancelExportTask',
     '<return>true</return>', {'ExportTaskId': 'export-i-1'}, ''),
    ('cancelspotinstancerequests', ['sir-1', 'sir-2'],
     'CancelSpotInstanceRequests',
     '<spotInstanceRequestSet><item><spotInstanceRequestId>sir-1'
     '</spotInstanceRequestId><state>cancelled</state></item>'
     '</spotInstanceRequestSet>',
     {'SpotInstanceRequestId.1': 'sir-1', 'SpotInstanceRequestId.2': 'sir-2'},
     'SPOTINSTANCEREQUEST\tsir-1\tcancelled\n'),
    # 3.x: caret notation for control characters, "?" for bad bytes
    ('getconsoleoutput', ['i-1'], 'GetConsoleOutput',
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><output>'
     'YRtif/9jCXoA</output>', {'InstanceId': 'i-1'},
     'i-1\nT\na^[b^??c\tz^@\n'),
    ('getconsoleoutput', ['i-1', '-r'], 'GetConsoleOutput',
     '<instanceId>i-1</instanceId><timestamp>T</timestamp><output>'
     'YRtif/9jCXoA</output>', {'InstanceId': 'i-1'},
     'i-1\nT\na\x1bb\x7f?c\tz\x00\n'),
    # type before ID, as the output-formats reference gives 3.4's row
    ('describetags', ['--filter', 'key=Name'], 'DescribeTags',
     '<tagSet><item><resourceId>i-1</resourceId><resourceType>instance'
     '</resourceType><key>Name</key><value>web</value></item></tagSet>',
     {'Filter.1.Name': 'key', 'Filter.1.Value.1': 'Name'},
     'TAG\tinstance\ti-1\tName\tweb\n'),
    # sent sorted and de-duplicated, as 3.x did
    ('describeaddresses', ['10.0.0.2', 'eipalloc-2', '10.0.0.1',
                           'eipalloc-1', '10.0.0.2'], 'DescribeAddresses',
     '<addressesSet><item><publicIp>10.0.0.1</publicIp><domain>vpc</domain>'
     '<allocationId>eipalloc-1</allocationId></item></addressesSet>',
     {'PublicIp.1': '10.0.0.1', 'PublicIp.2': '10.0.0.2', 'PublicIp.3': None,
      'AllocationId.1': 'eipalloc-1', 'AllocationId.2': 'eipalloc-2'},
     'ADDRESS\t10.0.0.1\t\tvpc\teipalloc-1\t\t\t\n'),
    # an allocation ID given as ADDRESS goes out as AllocationId; the row
    # is the non-VPC form, as 3.x printed it
    ('associateaddress', ['eipalloc-1', '-i', 'i-1'], 'AssociateAddress',
     '<return>true</return><associationId>eipassoc-1</associationId>',
     {'AllocationId': 'eipalloc-1', 'PublicIp': None, 'InstanceId': 'i-1'},
     'ADDRESS\teipalloc-1\ti-1\n'),
    ('associateaddress', ['-a', 'eipalloc-1', '-n', 'eni-1', '-p',
                          '10.0.0.9', '--no-allow-reassociation'],
     'AssociateAddress',
     '<return>true</return><associationId>eipassoc-1</associationId>',
     {'AllocationId': 'eipalloc-1', 'NetworkInterfaceId': 'eni-1',
      'PrivateIpAddress': '10.0.0.9', 'AllowReassociation': 'false'},
     'ADDRESS\t\teipalloc-1\teipassoc-1\t10.0.0.9\n'),
    ('registerimage', ['-n', 'img', '-s', 'snap-1', '-b',
                       '/dev/sda1=snap-1'], 'RegisterImage',
     '<imageId>emi-1</imageId>',
     {'RootDeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.DeviceName': '/dev/sda1',
      'BlockDeviceMapping.1.Ebs.SnapshotId': 'snap-1',
      'BlockDeviceMapping.2.DeviceName': None}, 'IMAGE\temi-1\n'),
    ('createsnapshot', ['vol-1', '-d', 'x'], 'CreateSnapshot',
     '<snapshotId>snap-1</snapshotId><volumeId>vol-1</volumeId><status>'
     'pending</status><startTime>T</startTime><progress>0%</progress>'
     '<ownerId>1234</ownerId><volumeSize>1</volumeSize><description>x'
     '</description>', {'VolumeId': 'vol-1', 'Description': 'x'},
     'SNAPSHOT\tsnap-1\tvol-1\tpending\tT\t1234\t1\tx\n'),
]


@pytest.mark.parametrize('case', CASES,
                         ids=[f'{c[0]}-{i}' for i, c in enumerate(CASES)])
@responses.activate
def test_request_and_rows(inprocess, case):
    name, argv, action, inner, expected, out = case
    responses.post(URL, body=xml(action, inner))
    code, stdout, stderr = inprocess(command(name), argv)
    assert (code, stderr) == (0, '')
    params = sent()
    assert params['Action'] == action
    assert {k: params.get(k) for k in expected} == expected
    assert stdout == out


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
    responses.post(URL, body=xml('DescribeInstanceTypes', INSTANCE_TYPES))
    cls = command('describeinstancetypes')
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
    responses.post(URL, body=xml(
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
    code, out, err = inprocess(command('requestspotinstances'), [
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
    responses.post(URL, body=xml('DescribeSpotPriceHistory',
                                 f'<spotPriceHistorySet>{price.format("1")}'
                                 '</spotPriceHistorySet><nextToken>tok'
                                 '</nextToken>'))
    responses.post(URL, body=xml('DescribeSpotPriceHistory',
                                 f'<spotPriceHistorySet>{price.format("2")}'
                                 '</spotPriceHistorySet>'))
    code, out, _ = inprocess(command('describespotpricehistory'),
                             ['-t', 'm1.small', '-d', 'Linux/UNIX'])
    assert code == 0
    assert sent(0)['InstanceType.1'] == 'm1.small'
    assert sent(1)['NextToken'] == 'tok'
    assert out == ('SPOTINSTANCEPRICE\t1\tT\tm1.small\tLinux/UNIX\tzone-a\n'
                   'SPOTINSTANCEPRICE\t2\tT\tm1.small\tLinux/UNIX\tzone-a\n')


@pytest.mark.parametrize('name,argv,message', [
    ('modifyimageattribute', ['emi-1', '-l'], 'at least one entity'),
    ('modifyimageattribute', ['emi-1', '--description', 'd', '-r', '1'],
     'argument -r/--remove may only be used with -l/--launch-permission'),
    ('modifysnapshotattribute', ['snap-1'], 'required'),
    ('modifyinstancetype', ['m1.small', '--reset', '-c', '2'],
     '--reset may not be used'),
    ('modifyinstanceattribute', ['i-1', '-b', '/dev/sda1=snap-1:1'],
     'DEVICE=::true'),
    ('modifyinstanceattribute', ['i-1', '-t', 'a', '--kernel', 'k'],
     'not allowed with'),
    ('describeinstanceattribute', ['i-1'], 'required'),
    ('describesnapshots', ['-a', '-o', 'self'], 'not allowed with'),
    ('deletediskimage', [], 'required'),
    ('importvolume', ['/nonexistent', '-f', 'raw', '-z', 'zone-a'],
     'one of the arguments -b/--bucket --manifest-url is required'),
    # checks 3.x makes before sending
    ('createvolume', ['-z', 'zone-a', '-s', '5', '-i', '100'],
     'argument -i/--iops: -t/--type is required'),
    ('createvolume', ['-z', 'zone-a', '-s', '5', '-t', 'standard', '-i',
                      '100'], 'not allowed with volume type "standard"'),
    ('registerimage', ['bkt/img.manifest.xml', '-n', 'img',
                       '--root-device-name', '/dev/sda'],
     'argument --root-device-name: not allowed with argument MANIFEST'),
    ('registerimage', ['-n', 'img', '-s', 'snap-1', '-b',
                       '/dev/sda1=snap-2'], 'conflicts with'),
    ('disassociateaddress', ['eipassoc-1'],
     'must be specified with -a/--association-id'),
])
def test_usage_errors(inprocess, name, argv, message):
    code, out, err = inprocess(command(name), argv)
    assert code == 2 and out == ''
    assert message in err
