import argparse
import datetime
import functools
import os
import shutil

from euca2ools.core import EMPTY, LOCAL, Arg, UsageError
from euca2ools.commands.bundle import (BundleCreatingMixin,
                                       default_bundle_dir,
                                       find_bundle_credentials)
from euca2ools.commands.bundle._euimage import ImagePack, PackError
from euca2ools.commands.bundle._s3args import ACL_ARG, PART_RETRIES
from euca2ools.commands.bundle._s3bundle import S3BundleCommand


def register_mappings(mappings):
    """A profile's block-device-mappings -> RegisterImage's
    BlockDeviceMapping list."""
    result = []
    for device, mapped in sorted((mappings or {}).items()):
        if isinstance(mapped, dict):
            ebs = {'SnapshotId': mapped.get('snapshot-id'),
                   'VolumeSize': mapped.get('volume-size'),
                   'DeleteOnTermination': mapped.get('delete-on-termination')}
            result.append({'DeviceName': device, 'Ebs': ebs})
        elif mapped in (None, 'none'):
            result.append({'DeviceName': device, 'NoDevice': EMPTY})
        elif str(mapped).startswith('ephemeral'):
            result.append({'DeviceName': device, 'VirtualName': mapped})
        else:
            raise PackError(f'block device mapping {device}: {mapped!r} is '
                            'not none, ephemeralN or a mapping')
    return result


class InstallPackedImage(BundleCreatingMixin, S3BundleCommand):
    """Unpack a .euimage, then bundle + upload + RegisterImage + CreateTags
    for one of its profiles."""

    COMMAND = 'euimage-install-pack'
    ACTION = 'PutObject'
    DESCRIPTION = ('***TECH PREVIEW***\n\nInstall a packed image into the '
                   'cloud')
    TABULAR = True
    ARGS = [ACL_ARG,
            Arg('pack_filename', metavar='FILE', route_to=LOCAL,
                help='the pack to install (required)'),
            Arg('--profile', default='default', route_to=LOCAL,
                help='which of the image\'s profiles to install (default: '
                     '"default")'),
            Arg('-b', '--bucket', metavar='BUCKET[/PREFIX]', route_to=LOCAL,
                help='bucket to upload the image to (required)'),
            Arg('--location', route_to=LOCAL,
                help='location constraint of the destination bucket '
                     '(default: inferred from s3-location-constraint in '
                     'configuration, or otherwise none)'),
            Arg('--privatekey', metavar='FILE', route_to=LOCAL,
                help="file containing your private key to sign the bundle's "
                     'manifest with.  This private key will also be required '
                     'to unbundle the bundle in the future.'),
            Arg('--cert', metavar='FILE', route_to=LOCAL,
                help='file containing your X.509 certificate'),
            Arg('--ec2cert', metavar='FILE', route_to=LOCAL,
                help="file containing the cloud's X.509 certificate"),
            Arg('--user', metavar='ACCOUNT', route_to=LOCAL,
                help='your account ID'),
            Arg('--kernel', metavar='IMAGE', route_to=LOCAL,
                complete='kernel',
                help='ID of the kernel image to associate with this machine '
                     'image (paravirtual only)'),
            Arg('--ramdisk', metavar='IMAGE', route_to=LOCAL,
                complete='ramdisk',
                help='ID of the ramdisk image to associate with this '
                     'machine image (paravirtual only)'),
            Arg('--ec2-url', metavar='EC2_URL', route_to=LOCAL,
                help='compute service endpoint URL'),
            Arg('--ec2-auth', route_to=LOCAL, help=argparse.SUPPRESS),
            Arg('--ec2-service', route_to=LOCAL, help=argparse.SUPPRESS)]

    def configure(self):
        if not self.args.get('bucket'):
            raise UsageError('argument -b/--bucket is required')
        self.args.update(retries=PART_RETRIES, image_type='machine')
        find_bundle_credentials(self.args, self.context)

    def main(self):
        with ImagePack(self.args['pack_filename']) as pack:
            md = pack.image_md
            profile = md.profile(self.args['profile'])
            workdir = default_bundle_dir(self.context.environ)
            try:
                image = os.path.join(workdir, md.nvra)
                meter = self.progress_meter(pack.image_size, 'decompressing')
                with open(image, 'wb') as fileobj:
                    pack.extract_image(fileobj, meter)
                meter.finish()
                bundle = profile.get('bundle') or {}
                self.args.update(image=image, prefix=md.nvra,
                                 image_size=pack.image_size,
                                 arch=bundle.get('arch') or md.arch)
                location = self.bundle_and_upload(functools.partial(
                    self.create_bundle, destination=workdir))
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
        image_id = self.register(md, profile, location)
        self.tag(md, profile, image_id)
        return image_id

    def register(self, md, profile, location):
        from euca2ools.commands.euca.registerimage import RegisterImage
        reg = profile.get('register') or {}
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime(
            '%Y-%m-%d-%H-%M-%S')
        result = RegisterImage({
            'url': self.args.get('ec2_url'), 'ImageLocation': location,
            'Name': f'{md.nvra}-{stamp}',
            'Description': reg.get('description') or md.description,
            'Architecture': reg.get('arch') or md.arch,
            'VirtualizationType': reg.get('virtualization-type'),
            'Platform': reg.get('platform'),
            'KernelId': self.args.get('kernel'),
            'RamdiskId': self.args.get('ramdisk'),
            'BlockDeviceMapping': register_mappings(
                reg.get('block-device-mappings'))}, self.context).main()
        return result.get('imageId')

    def tag(self, md, profile, image_id):
        from euca2ools.commands.euca.createtags import CreateTags
        tags = {str(k): '' if v is None else str(v)
                for k, v in (profile.get('tag') or {}).items()}
        tags.update({'euimage:name': md.name,
                     'euimage:version': str(md.version),
                     'euimage:release': str(md.release),
                     'euimage:profile': self.args['profile']})
        if md.epoch:
            tags['euimage:epoch'] = str(md.epoch)
        CreateTags({'ResourceId': [image_id],
                    'Tag': [{'Key': k, 'Value': v or EMPTY}
                            for k, v in sorted(tags.items())]},
                   self.context).main()

    def print_result(self, image_id):
        self.print_row('IMAGE', image_id)
