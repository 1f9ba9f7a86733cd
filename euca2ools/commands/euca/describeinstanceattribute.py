import base64
import binascii

from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._attribute import attribute_flags


class DescribeInstanceAttribute(EC2Request):
    COMMAND = 'euca-describe-instance-attribute'
    ACTION = 'DescribeInstanceAttribute'
    DESCRIPTION = ("Show one of an instance's attributes.\n\n"
                   "Note that exactly one attribute may be shown at a time.")
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to show info for (required)'),
            attribute_flags(
                (('-b', '--block-device-mapping'), 'blockDeviceMapping',
                 'show block device mappings'),
                (('--disable-api-termination',), 'disableApiTermination',
                 'show whether termination is disabled'),
                (('--ebs-optimized',), 'ebsOptimized',
                 'show whether the root volume is optimized for EBS I/O'),
                (('-g', '--group-id'), 'groupSet',
                 'show the security groups the instance belongs to'),
                (('-p', '--product-code'), 'productCodes',
                 'show any associated product codes'),
                (('--instance-initiated-shutdown-behavior',),
                 'instanceInitiatedShutdownBehavior',
                 'show whether the instance stops or terminates when shut '
                 'down'),
                (('-t', '--instance-type'), 'instanceType',
                 "show the instance's type"),
                (('--kernel',), 'kernel',
                 'show the ID of the kernel image associated with the '
                 'instance'),
                (('--ramdisk',), 'ramdisk',
                 'show the ID of the ramdisk image associated with the '
                 'instance'),
                (('--root-device-name',), 'rootDeviceName',
                 "show the name of the instance's root device (e.g. "
                 "'/dev/sda1')"),
                (('--source-dest-check',), 'sourceDestCheck',
                 '[VPC only] show whether source/destination checking is '
                 'enabled for the instance'),
                (('--user-data',), 'userData',
                 "show the instance's user-data"))]

    def print_result(self, result):
        attribute = self.args['Attribute']
        instance_id = result.get('instanceId')
        if attribute == 'blockDeviceMapping':
            for mapping in result.get('blockDeviceMapping') or []:
                ebs = mapping.get('ebs') or {}
                self.print_row('BLOCKDEVICE', mapping.get('deviceName'),
                               ebs.get('volumeId'), ebs.get('attachTime'),
                               ebs.get('deleteOnTermination'))
        elif attribute == 'groupSet':
            groups = (g.get('groupId') or g.get('groupName') or ''
                      for g in result.get('groupSet') or [])
            self.print_row('groupSet', instance_id, ', '.join(groups))
        elif attribute == 'productCodes':
            codes = (c.get('productCode') or ''
                     for c in result.get('productCodes') or [])
            self.print_row('productCodes', instance_id, ', '.join(codes))
        elif attribute == 'userData':
            encoded = (result.get('userData') or {}).get('value') or ''
            try:
                data = base64.b64decode(encoded)
            except (binascii.Error, ValueError):
                data = encoded.encode('utf-8')
            if data:
                self.print_row('userData', instance_id)
                self.emit(data.decode('utf-8', 'replace'))
            else:
                self.print_row('userData', instance_id, None)
        else:
            value = result.get(attribute)
            if isinstance(value, dict):
                value = value.get('value')
            self.print_row(attribute, instance_id, value)
