"""eustore-install-image: catalog image -> kernel, ramdisk and machine image.

Download (resuming a dropped connection, and a partial file left in -d DIR
by an earlier run), verify, pick the members by the documented layout,
then for each of kernel, ramdisk and machine image: bundle, upload and
register through euca-install-image's code.  Any failure deregisters what
was registered and deletes what was uploaded, so nothing half-installed is
left behind.
"""

import argparse
import difflib
import os
import secrets
import shutil
import tempfile
import urllib.parse

from euca2ools.bundle.util import safe_member_name
from euca2ools.core import (LOCAL, Arg, ClientError, MutuallyExclusiveArgList,
                            ServerError, UsageError)
from euca2ools.core.files import publish, sha256_of
from euca2ools.core.http import OutcomeUnknown
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin
from euca2ools.commands.bundle._s3args import ACL_ARG
from euca2ools.commands.eustore import EuStoreCommand
from euca2ools.commands.eustore._tarball import (CHUNK, TarballLayout,
                                                 legacy_checksum)

ARCHITECTURES = ('i386', 'x86_64', 'armhf')
HYPERVISORS = ('xen', 'kvm', 'universal')
DOWNLOAD_ATTEMPTS = 4


class InstallImage(ProgressMixin, EuStoreCommand):
    COMMAND = 'eustore-install-image'
    DESCRIPTION = ('Download an image from an image store, then bundle, '
                   'upload and register its kernel, ramdisk and machine '
                   'image')
    ARGS = [
        MutuallyExclusiveArgList(
            Arg('-i', '--image-name', route_to=LOCAL,
                help='name of the catalog image to install'),
            Arg('-t', '--tarball', route_to=LOCAL,
                help='install from a local image tarball instead')
        ).required(),
        Arg('-b', '--bucket', required=True, route_to=LOCAL,
            help='bucket to upload the bundles to (required)'),
        Arg('-s', '--description', route_to=LOCAL,
            help='description of the image (default: the catalog\'s)'),
        Arg('-a', '--architecture', choices=ARCHITECTURES, route_to=LOCAL,
            help='the image\'s architecture (required with -t)'),
        Arg('-p', '--prefix', route_to=LOCAL,
            help='name prefix for the registered images and bundles'),
        MutuallyExclusiveArgList(
            Arg('--hypervisor', choices=HYPERVISORS, route_to=LOCAL,
                help='hypervisor whose kernel to install (for tarballs with '
                     'one kernel per hypervisor)'),
            Arg('-k', '--kernel-type', dest='hypervisor',
                choices=('xen', 'kvm'), route_to=LOCAL,
                help=argparse.SUPPRESS)),
        Arg('--kernel', metavar='EKI', route_to=LOCAL, complete='kernel',
            help='use this registered kernel instead of the tarball\'s'),
        Arg('--ramdisk', metavar='ERI', route_to=LOCAL, complete='ramdisk',
            help='use this registered ramdisk instead of the tarball\'s'),
        Arg('--separate-buckets', action='store_true', route_to=LOCAL,
            help='upload the kernel to BUCKET-kernel and the ramdisk to '
                 'BUCKET-ramdisk'),
        Arg('--virtualization-type', choices=('paravirtual', 'hvm'),
            route_to=LOCAL,
            help='virtualization type (default: the catalog\'s, else hvm '
                 'for an image without a kernel)'),
        Arg('-d', '--directory', route_to=LOCAL,
            help='directory to download and work in; a partial download '
                 'left there is resumed (default: a temporary directory)'),
        Arg('-c', '--cert', metavar='FILE', route_to=LOCAL,
            help='your X.509 certificate (default: EC2_CERT)'),
        Arg('--privatekey', metavar='FILE', route_to=LOCAL,
            help='your private key (default: EC2_PRIVATE_KEY)'),
        Arg('--ec2cert', metavar='FILE', route_to=LOCAL,
            help='the cloud\'s X.509 certificate (default: EUCALYPTUS_CERT)'),
        Arg('-u', '--user', metavar='ACCOUNT', route_to=LOCAL,
            help='your account ID (default: EC2_USER_ID)'),
        Arg('--bootstrap-url', route_to=LOCAL,
            help='[Eucalyptus only] bootstrap service URL, to fetch the '
                 'cloud certificate'),
        Arg('--ec2-url', route_to=LOCAL,
            help='compute service endpoint URL (default: EC2_URL)'),
        Arg('--s3-url', route_to=LOCAL,
            help='object storage endpoint URL (default: S3_URL)'),
        ACL_ARG, *PROGRESS_ARGS]
    KEY_OPTIONS = True

    def configure(self):
        args = self.args
        if bool(args.get('kernel')) != bool(args.get('ramdisk')):
            raise UsageError('--kernel and --ramdisk must be given together')
        if args.get('tarball'):
            if not args.get('architecture'):
                raise UsageError('argument -a/--architecture is required '
                                 'with -t/--tarball')
            if not os.path.isfile(args['tarball']):
                raise UsageError(f"tarball '{args['tarball']}' does not "
                                 'exist')

    # -- catalog and download ---------------------------------------------

    def find_catalog_image(self, catalog):
        wanted = self.args['image_name']
        for image in catalog['images']:
            if image.get('name') == wanted:
                return image
        names = [str(i.get('name')) for i in catalog['images']]
        close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.5)
        close += [str(i.get('name')) for i in catalog['images']
                  if wanted.lower() in str(i.get('description', '')).lower()
                  and str(i.get('name')) not in close]
        hint = (f'; close matches: {", ".join(close)}' if close
                else '; see eustore-describe-images')
        raise ClientError(f'no image named {wanted!r} in the catalog{hint}')

    def download(self, url, target, progress):
        """GET url into target, resuming from target + '.partial'."""
        partial = target + '.partial'
        http = self.http_client()
        for attempt in range(DOWNLOAD_ATTEMPTS):
            have = os.path.getsize(partial) if os.path.exists(partial) else 0
            headers = {'Range': f'bytes={have}-'} if have else {}
            response = http.request('GET', url, lambda t: (dict(headers), b''),
                                    stream=True, redirects='unsigned')
            if response.status_code == 416 and have:
                os.unlink(partial)   # the partial file is from another image
                continue
            if response.status_code >= 300:
                from euca2ools.core.answers import error_from_response
                response.content   # read the error body
                raise error_from_response(response)
            mode = 'ab' if response.status_code == 206 else 'wb'
            if mode == 'wb':
                have = progress.done = 0
            progress.total = have + int(response.headers.get(
                'Content-Length') or 0) or None
            if have > progress.done:
                progress.update(have - progress.done)
            try:
                with open(partial, mode) as out:
                    # read1 hands over what arrived before a dropped
                    # connection, so the next attempt resumes after it.
                    while chunk := response.read1(CHUNK):
                        out.write(chunk)
                        progress.update(len(chunk))
                expected = response.headers.get('Content-Length')
                got = os.path.getsize(partial) - have
                if expected is not None and got < int(expected):
                    raise ClientError(f'{got} of {expected} bytes')
            except (OSError, ClientError) as err:
                if attempt + 1 >= DOWNLOAD_ATTEMPTS:
                    raise ClientError(f'download of {url} failed: {err}')
                continue
            finally:
                response.close()
            publish(partial, target)     # never over an existing file
            return target
        raise ClientError(f'download of {url} failed')

    def verify(self, path, image):
        if image.get('sha256'):
            actual = sha256_of(path)
            if actual != image['sha256'].lower():
                raise ClientError(f'{os.path.basename(path)} is corrupt: '
                                  f'SHA-256 {actual}, the catalog says '
                                  f'{image["sha256"]}')
        elif str(image.get('name', '')).isdigit() and \
                len(str(image['name'])) == 10:
            actual = legacy_checksum(path)
            if actual != image['name']:
                raise ClientError(f'{os.path.basename(path)} is corrupt: '
                                  f'checksum {actual}, the catalog says '
                                  f'{image["name"]}')

    # -- installing ---------------------------------------------------------

    def main(self):
        args = self.args
        workdir = args.get('directory')
        own_workdir = not workdir
        try:
            if own_workdir:
                workdir = tempfile.mkdtemp(prefix='eustore-')
            else:
                os.makedirs(workdir, exist_ok=True)
        except OSError as err:
            raise ClientError(f'cannot create the work directory '
                              f'{workdir or tempfile.gettempdir()}: '
                              f'{err.strerror}')
        self.installed = []    # (image ID or None, bucket, key prefix)
        self.scratch = None    # this run's own folder inside workdir
        try:
            tarball, image = self.obtain_tarball(workdir)
            return self.install(tarball, image, workdir)
        except OutcomeUnknown:
            # The image may be registered: deleting its bundle (or the
            # kernel and ramdisk it names) could break it.  Keep it all.
            self.keep_after_unknown_outcome()
            raise
        except BaseException:
            self.roll_back()
            raise
        finally:
            if own_workdir:
                shutil.rmtree(workdir, ignore_errors=True)
            elif self.scratch:
                shutil.rmtree(self.scratch, ignore_errors=True)

    def obtain_tarball(self, workdir):
        if self.args.get('tarball'):
            return self.args['tarball'], {}
        image = self.find_catalog_image(self.fetch_catalog())
        url = self.image_url(image)
        # The name comes from the catalog: it must be a plain, visible file
        # name, so that it can never be ./.bashrc or lie outside -d.
        name = urllib.parse.unquote(os.path.basename(
            url.split('?')[0].split('#')[0].rstrip('/'))) or 'image.tgz'
        try:
            target = os.path.join(workdir, safe_member_name(
                name, 'file name in the catalog URL'))
        except ClientError as err:
            raise ClientError(f'{err} ({url})')
        if os.path.lexists(target):
            # An earlier run's download, or a file of the user's: used if it
            # is the catalog's image, and never replaced or deleted.
            try:
                self.verify(target, image)
            except ClientError as err:
                raise ClientError(f'{err}; {target} was there before this '
                                  'run, so it is left alone: remove it, or '
                                  'use another -d/--directory')
            return target, image
        progress = self.progress_meter(None, 'downloading')
        try:
            self.download(url, target, progress)
        finally:
            progress.finish()
        try:
            self.verify(target, image)
        except ClientError:
            os.unlink(target)     # this run downloaded it
            raise
        return target, image

    def install(self, tarball, image, workdir):
        args = self.args
        layout = TarballLayout(tarball)
        hypervisor = args.get('hypervisor')
        if str(image.get('single-kernel')).lower() == 'true':
            hypervisor = 'universal'
        if hypervisor is None and len(layout.hypervisors) > 1:
            raise UsageError('this image has a kernel for each of '
                             f'{", ".join(layout.hypervisors)}: choose one '
                             'with --hypervisor')
        if hypervisor is None and layout.hypervisors:
            hypervisor = layout.hypervisors[0]
        kernel, ramdisk, machine = layout.pick(hypervisor)

        arch = args.get('architecture') or image.get('architecture')
        if arch not in ARCHITECTURES:
            raise ClientError(f'unknown architecture {arch!r}: give one with '
                              '-a/--architecture')
        virt = (args.get('virtualization_type')
                or image.get('virtualization_type')
                or ('hvm' if not (kernel or args.get('kernel'))
                    else 'paravirtual'))
        base = args.get('prefix') or 'eustore-{}-{}'.format(
            secrets.token_hex(4),
            os.path.basename(tarball).split('.')[0].replace('.', '_'))
        description = (args.get('description') or image.get('description')
                       or os.path.basename(tarball))
        scratch = self.scratch = tempfile.mkdtemp(prefix='.eustore-',
                                                  dir=workdir)
        credentials = self.bundle_credentials(scratch)

        kernel_id, ramdisk_id = args.get('kernel'), args.get('ramdisk')
        if virt == 'paravirtual' and not kernel_id:
            if not kernel or not ramdisk:
                raise ClientError('the tarball has no kernel and ramdisk for '
                                  'a paravirtual image; give --kernel and '
                                  '--ramdisk, or --virtualization-type hvm')
            kernel_id = self.install_one(
                layout.extract(kernel, scratch), 'kernel', f'{base}-kernel',
                arch, description, None, credentials)
            ramdisk_id = self.install_one(
                layout.extract(ramdisk, scratch), 'ramdisk',
                f'{base}-ramdisk', arch, description, None, credentials)
        image_id = self.install_one(
            layout.extract(machine, scratch), 'machine', base, arch,
            description, virt, credentials, kernel_id if virt ==
            'paravirtual' else None,
            ramdisk_id if virt == 'paravirtual' else None)
        return image_id

    def bundle_credentials(self, scratch):
        from euca2ools.commands.bundle import find_bundle_credentials
        found = find_bundle_credentials(
            {key: self.args.get(key) for key in
             ('user', 'cert', 'privatekey', 'ec2cert', 'bootstrap_url')},
            self.context)
        if isinstance(found.get('ec2cert'), bytes):
            path = os.path.join(scratch, 'cloud-cert.pem')
            with open(path, 'wb') as fileobj:
                fileobj.write(found['ec2cert'])
            found['ec2cert'] = path
        return found

    def bucket_for(self, kind):
        bucket = self.args['bucket']
        if self.args.get('separate_buckets') and kind != 'machine':
            name, sep, rest = bucket.partition('/')
            bucket = f'{name}-{kind}{sep}{rest}'
        return bucket

    def install_one(self, path, kind, name, arch, description, virt,
                    credentials, kernel_id=None, ramdisk_id=None):
        from euca2ools.commands.bundle.installimage import \
            InstallImage as BundleInstall
        from euca2ools.core.s3 import split_bucket_path
        bucket = self.bucket_for(kind)
        bucket_name, key_prefix = split_bucket_path(bucket)
        self.installed.append([None, bucket_name, key_prefix + name + '.'])
        command = BundleInstall({
            **credentials, 'image': path, 'arch': arch, 'bucket': bucket,
            'prefix': name, 'image_type': kind, 'kernel': kernel_id,
            'ramdisk': ramdisk_id, 'name': name,
            'description': description, 'virtualization_type': virt,
            'url': self.args.get('s3_url'),
            'ec2_url': self.args.get('ec2_url'),
            'progress': self.args.get('progress'),
            'no_progress': self.args.get('no_progress'),
            'acl': self.args.get('acl')}, self.context)
        command.configure()
        image_id = command.main()
        self.installed[-1][0] = image_id
        return image_id

    def roll_back(self):
        """Deregister and delete whatever this run installed."""
        if not getattr(self, 'installed', None):
            return
        from euca2ools.commands.euca.deregisterimage import DeregisterImage
        from euca2ools.core.s3 import S3
        s3 = S3(self.context, url=self.args.get('s3_url'),
                url_source='--s3-url')
        for image_id, bucket, key_prefix in reversed(self.installed):
            try:
                if image_id:
                    DeregisterImage({'ImageId': image_id,
                                     'url': self.args.get('ec2_url')},
                                    self.context).main()
                for item in list(s3.list_objects(bucket, key_prefix)):
                    s3.delete_object(bucket, item['Key'])
            except (ClientError, ServerError) as err:
                self.emit_warning(f'could not clean up {image_id or ""} '
                                  f'{bucket}/{key_prefix}*: {err}')

    def keep_after_unknown_outcome(self):
        """Say what this run left in the cloud, and how to remove it if
        the registration did not happen."""
        if not getattr(self, 'installed', None):
            return
        lines = []
        for image_id, bucket, key_prefix in self.installed:
            if image_id:
                lines.append(f'image {image_id} (euca-deregister {image_id})')
            manifest = f'{bucket}/{key_prefix}manifest.xml'
            lines.append(f'bundle {manifest} (euca-delete-bundle -b {bucket}'
                         f' -m {key_prefix}manifest.xml)')
        self.emit_warning(
            'the last registration may or may not have taken effect, so '
            'nothing was removed: check with euca-describe-images; if the '
            'image is not registered, remove what this run left: '
            + '; '.join(lines))

    def emit_warning(self, text):
        import sys
        print(f'{self.prog_name()}: warning: {text}',
              file=self.context.stderr or sys.stderr)

    def print_result(self, image_id):
        self.emit(f'Installed new image {image_id}')
