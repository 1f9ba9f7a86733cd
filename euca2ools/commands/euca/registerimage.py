from euca2ools.core import LOCAL, Arg, UsageError
from euca2ools.core.argtypes import block_device_mapping
from euca2ools.commands.euca import IMAGE_AVAILABLE, EC2Request


class RegisterImage(EC2Request):
    COMMAND = 'euca-register'
    EXAMPLES = (
        ('Register an uploaded instance-store image',
         'euca-register -n centos-7 -a x86_64 '
         'my-bucket/images/centos.img.manifest.xml'),
        ('Register an EBS image from a snapshot',
         'euca-register -n centos-7-ebs -a x86_64 -s snap-0123456789abcdef0 '
         '--virtualization-type hvm'),
    )
    WAIT = IMAGE_AVAILABLE
    ACTION = 'RegisterImage'
    DELIVERS = ('imageId',)
    CHECK_WITH = 'euca-describe-images'
    DESCRIPTION = ('Register a new image\n\nWith a MANIFEST, register an '
                   'instance-store image from a bundle in object storage; '
                   'without one, register an EBS image from a snapshot.')
    ARGS = [Arg('ImageLocation', metavar='MANIFEST', nargs='?',
                help='S3 manifest of an instance-store image to register'),
            Arg('-n', '--name', dest='Name', required=True,
                help='name of the new image (required)'),
            Arg('-d', '--description', dest='Description',
                help='description of the new image'),
            Arg('-a', '--architecture', dest='Architecture',
                choices=('i386', 'x86_64', 'armhf'),
                help='CPU architecture of the new image'),
            Arg('--kernel', dest='KernelId', metavar='KERNEL',
                help='ID of the kernel to associate with the new image'),
            Arg('--ramdisk', dest='RamdiskId', metavar='RAMDISK',
                help='ID of the ramdisk to associate with the new image'),
            Arg('--root-device-name', dest='RootDeviceName',
                metavar='DEVICE',
                help='root device name (default: /dev/sda1 for EBS images)'),
            Arg('-s', '--snapshot', metavar='SNAPSHOT', route_to=LOCAL,
                help='snapshot to use for an EBS image\'s root device'),
            Arg('-b', '--block-device-mapping', metavar='DEVICE=MAPPED',
                dest='BlockDeviceMapping', action='append', default=[],
                type=block_device_mapping,
                help='define a block device mapping for the image, in the '
                     'form DEVICE=MAPPED (see euca-run-instances; '
                     'repeatable)'),
            Arg('--virtualization-type', dest='VirtualizationType',
                choices=('paravirtual', 'hvm'),
                help='virtualization type for the new image'),
            Arg('--platform', dest='Platform', choices=('windows',),
                help='[Privileged] the new image\'s platform')]

    def configure(self):
        if self.args.get('ImageLocation'):
            if self.args.get('RootDeviceName'):
                raise UsageError('argument --root-device-name: not allowed '
                                 'with argument MANIFEST')
            if self.args.get('snapshot'):
                raise UsageError('argument -s/--snapshot: not allowed with a '
                                 'manifest (it is for EBS images)')

    def preprocess(self):
        if self.args.get('ImageLocation'):
            return
        # An EBS image: its root device is a mapping of the snapshot.
        root = self.params.get('RootDeviceName') or '/dev/sda1'
        self.params['RootDeviceName'] = root
        mappings = list(self.params.get('BlockDeviceMapping') or [])
        snapshot = self.args.get('snapshot')
        root_map = next((m for m in mappings if m.get('DeviceName') == root),
                        None)
        if snapshot and root_map is not None:
            if (root_map.get('Ebs') or {}).get('SnapshotId') != snapshot:
                raise UsageError(f'-s/--snapshot conflicts with the -b '
                                 f'mapping for the root device {root}')
        elif snapshot:
            mappings.append({'DeviceName': root,
                             'Ebs': {'SnapshotId': snapshot}})
        if not any(m.get('DeviceName') == root for m in mappings):
            raise UsageError('an EBS image needs -s/--snapshot or a -b '
                             f'mapping for the root device {root} (or give '
                             'a MANIFEST for an instance-store image)')
        self.params['BlockDeviceMapping'] = mappings

    def print_result(self, result):
        self.print_row('IMAGE', result.get('imageId'))
