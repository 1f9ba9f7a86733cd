from euca2ools.core import Arg
from euca2ools.commands.euca._attribute import (DescribeAttributeRequest,
                                                attribute_flags)


class DescribeImageAttribute(DescribeAttributeRequest):
    COMMAND = 'euca-describe-image-attribute'
    ACTION = 'DescribeImageAttribute'
    DESCRIPTION = 'Show information about an attribute of an image'
    ARGS = [Arg('ImageId', metavar='IMAGE', help='image to describe'),
            attribute_flags(
                (('-l', '--launch-permission'), 'launchPermission',
                 'display launch permissions'),
                (('-p', '--product-codes'), 'productCodes',
                 'list associated product codes'),
                (('-B', '--block-device-mapping'), 'blockDeviceMapping',
                 'describe block device mappings'),
                (('--kernel',), 'kernel', 'show associated kernel image ID'),
                (('--ramdisk',), 'ramdisk',
                 'show associated ramdisk image ID'),
                (('--description',), 'description',
                 "show the image's description"))]
    ID_KEY = 'imageId'
    PERMISSION_KEY = 'launchPermission'

    def print_result(self, result):
        super().print_result(result)
        image_id = result.get('imageId')
        for mapping in result.get('blockDeviceMapping') or []:
            source = (mapping.get('virtualName')
                      or (mapping.get('ebs') or {}).get('snapshotId'))
            self.print_row('blockDeviceMapping', image_id, 'blockDeviceMap',
                           f"{mapping.get('deviceName')}: {source}")
        # The element answers, even with an empty <value/>: its row is
        # printed with the value field empty, as 3.x did.
        for name in ('kernel', 'ramdisk', 'description'):
            value = result.get(name)
            if isinstance(value, dict):
                self.print_row(name, image_id, None, value.get('value'))
