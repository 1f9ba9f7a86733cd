import os
import shutil
import subprocess
import tempfile

from euca2ools.core import Arg, ClientError, MutuallyExclusiveArgList, \
    UsageError
from euca2ools.commands.bundle import (ARCHITECTURES, BUNDLE_CREATING_ARGS,
                                       BundleCommand, BundleCreatingMixin,
                                       comma_list, default_bundle_dir)

METADATA_URL = 'http://169.254.169.254/2012-01-12/meta-data/'
# Options of bundle-image that bundle-vol shares (same help, same dests).
_SHARED = ('--privatekey', '--cert', '--ec2cert', '--user', '--kernel',
           '--ramdisk', '--bootstrap-url', '--bootstrap-service',
           '--bootstrap-auth', '--block-device-mappings', '--productcodes',
           '--part-size', '--enc-key', '--enc-iv')


class BundleVolume(BundleCreatingMixin, BundleCommand):
    COMMAND = 'euca-bundle-vol'
    DESCRIPTION = ("Prepare this machine's filesystem for use in the cloud\n\n"
                   'The image is an ext4 filesystem built with mkfs.ext4 -d '
                   'from a copy of the volume (hard links where possible), '
                   'so no loop devices or root privileges are needed; files '
                   'you cannot read are not bundled.')
    KEY_OPTIONS = True
    ARGS = [Arg('-p', '--prefix',
                help="the file name prefix to give the bundle's files "
                     "(default: image)"),
            Arg('-d', '--destination', metavar='DIR',
                help="location to place the bundle's files (default: dir "
                     "named by TMPDIR, TEMP, or TMP environment variables, "
                     "or otherwise /var/tmp)"),
            Arg('-r', '--arch', choices=ARCHITECTURES,
                help="the image's architecture (required)"),
            Arg('-e', '--exclude', metavar='PATH,...', type=comma_list,
                help='comma-separated list of paths to exclude'),
            Arg('-i', '--include', metavar='PATH,...', type=comma_list,
                help='comma-separated list of paths to include'),
            Arg('-s', '--size', metavar='MiB', type=int, default=10240,
                help='size of the image to create (default: 10240 MiB)'),
            Arg('--no-filter', action='store_true',
                help='do not filter out sensitive/system files'),
            Arg('--all', action='store_true',
                help='include all filesystems regardless of type (default: '
                     'only include local filesystems)'),
            MutuallyExclusiveArgList(
                Arg('--inherit', dest='inherit', action='store_true',
                    default=True,
                    help='use the metadata service to provide metadata for '
                         'the bundle (this is the default)'),
                Arg('--no-inherit', dest='inherit', action='store_false',
                    help='do not use the metadata service for bundle '
                         'metadata')),
            Arg('-v', '--volume', metavar='DIR', default='/',
                help='location of the volume from which to create the '
                     'bundle (default: /)'),
            Arg('-P', '--partition', choices=('mbr', 'gpt', 'none'),
                help='the type of partition table to create (default: none)'),
            Arg('--script', metavar='FILE',
                help='location of a script to run immediately before '
                     "bundling.  It will receive the volume's copy's "
                     'directory as its only argument.'),
            MutuallyExclusiveArgList(
                Arg('--fstab', metavar='FILE',
                    help='location of an fstab(5) file to copy into the '
                         'bundled image'),
                Arg('--generate-fstab', action='store_true',
                    help='automatically generate an fstab(5) file for the '
                         'bundled image')),
            Arg('--grub-config', metavar='FILE',
                help='location of a GRUB 1 configuration file to copy to '
                     '/boot/grub/menu.lst on the bundled image')] + [
        arg for arg in BUNDLE_CREATING_ARGS
        if any(opt in _SHARED for opt in arg.pargs)]

    def configure(self):
        args = self.args
        if not args.get('arch'):
            raise UsageError('argument -r/--arch is required')
        if not os.path.isdir(args['volume']):
            raise UsageError(f"argument -v/--volume: '{args['volume']}' is "
                             'not a directory')
        if args['size'] < 16:
            raise UsageError('argument -s/--size: must be at least 16 MiB')
        for option in ('script', 'fstab', 'grub_config'):
            if args.get(option) and not os.path.isfile(args[option]):
                raise UsageError(f"argument --{option.replace('_', '-')}: "
                                 f"'{args[option]}' is not a file")
        if not shutil.which('mkfs.ext4', path=os.environ.get('PATH', '')
                            + ':/sbin:/usr/sbin'):
            raise ClientError('mkfs.ext4 (e2fsprogs 1.43 or later) is '
                              'needed to build the image')
        args['image_type'] = 'machine'
        self.configure_bundle_properties()
        from euca2ools.commands.bundle import find_bundle_credentials
        find_bundle_credentials(args, self.context)
        if args.get('inherit'):
            self.inherit_from_metadata()

    def inherit_from_metadata(self):
        from euca2ools.core.http import HttpClient
        args = self.args
        http = HttpClient(timeout=2, connect_timeout=2, max_retries=0,
                          debug=self.context.debug,
                          stderr=self.context.stderr)

        def read(path):
            try:
                response = http.request('GET', METADATA_URL + path,
                                        lambda url: ({}, b''),
                                        redirects='unsigned')
            except ClientError:
                raise ClientError('metadata service is absent or '
                                  'unresponsive; use --no-inherit to '
                                  'proceed without it')
            return response.text if response.status_code == 200 else None

        if not args.get('kernel'):
            args['kernel'] = read('kernel-id')
        if not args.get('ramdisk'):
            args['ramdisk'] = read('ramdisk-id')
        if not args.get('productcodes'):
            args['productcodes'] = [line.strip() for line in
                                    (read('product-codes') or '').split()]
        if not args.get('block_device_mappings'):
            mappings = {}
            for key in (read('block-device-mapping/') or '').split():
                key = key.rstrip('/')
                if key and not key.startswith('ebs'):
                    mappings[key] = (read('block-device-mapping/' + key)
                                     or '').strip()
            args['block_device_mappings'] = mappings

    def main(self):
        from euca2ools.bundle.volume import (
            DEFAULT_EXCLUDES, FSTAB_TEMPLATE, ROOT_EXCLUDES, PathFilter,
            create_disk_image, install_file, make_ext4, nonlocal_mounts,
            stage_tree)
        args = self.args
        made_dir = not args.get('destination')
        destdir = args.get('destination') or default_bundle_dir(
            self.context.environ)
        os.makedirs(destdir, exist_ok=True)
        prefix = args.get('prefix') or 'image'
        image = os.path.join(destdir, prefix)
        volume = os.path.realpath(args['volume'])
        excludes = list(args.get('exclude') or [])
        if not args.get('no_filter'):
            excludes += DEFAULT_EXCLUDES
        if volume == '/':
            excludes += ROOT_EXCLUDES
        skip = [destdir, image]
        if not args.get('all'):
            skip += nonlocal_mounts(volume)
        staging = tempfile.mkdtemp(prefix='target-', dir=destdir)
        try:
            stage_tree(volume, staging,
                       PathFilter(excludes, args.get('include') or ()),
                       skip=skip + [staging])
            if args.get('fstab'):
                install_file(staging, 'etc/fstab', source=args['fstab'])
            elif args.get('generate_fstab'):
                install_file(staging, 'etc/fstab', content=FSTAB_TEMPLATE)
            if args.get('grub_config'):
                install_file(staging, 'boot/grub/menu.lst',
                             source=args['grub_config'])
            if args.get('script'):
                result = subprocess.run([args['script'], staging])
                if result.returncode != 0:
                    raise ClientError(f"script {args['script']} failed with "
                                      f'exit status {result.returncode}')
            offset, fs_size = create_disk_image(
                image, args['size'] * 1024 * 1024,
                args.get('partition') or 'none')
            make_ext4(image, offset, fs_size, staging)
        except BaseException:
            _remove(image)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        try:
            args['image'] = image
            args['prefix'] = prefix
            args['image_size'] = None
            return self.create_bundle(destination=destdir)
        except BaseException:
            if made_dir:
                shutil.rmtree(destdir, ignore_errors=True)
            raise
        finally:
            _remove(image)

    def print_result(self, result):
        self.emit(f'Wrote manifest {result.manifest_path}')


def _remove(path):
    try:
        os.unlink(path)
    except OSError:
        pass

