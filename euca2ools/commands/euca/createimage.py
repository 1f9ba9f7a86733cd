from euca2ools.core import Arg
from euca2ools.core.argtypes import block_device_mapping
from euca2ools.commands.euca import IMAGE_AVAILABLE, EC2Request


class CreateImage(EC2Request):
    COMMAND = 'euca-create-image'
    ACTION = 'CreateImage'
    DELIVERS = ('imageId',)
    CHECK_WITH = 'euca-describe-images'
    DESCRIPTION = 'Create an EBS image from a running or stopped EBS instance'
    WAIT = IMAGE_AVAILABLE
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='instance from which to create the image (required)'),
            Arg('-n', '--name', dest='Name', required=True,
                help='name for the new image (required)'),
            Arg('-d', '--description', dest='Description',
                help='description for the new image'),
            Arg('--no-reboot', dest='NoReboot', action='store_true',
                help='do not shut down the instance before creating the '
                     'image; image integrity may be affected'),
            Arg('-b', '--block-device-mapping', metavar='DEVICE=MAPPED',
                dest='BlockDeviceMapping', action='append', default=[],
                type=block_device_mapping,
                help='block device mapping for the image, in the form '
                     'DEVICE=MAPPED (see euca-run-instances; repeatable)')]

    def print_result(self, result):
        self.print_row('IMAGE', result.get('imageId'))
