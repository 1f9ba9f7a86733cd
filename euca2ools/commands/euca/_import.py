"""Import tasks: the command side of the disk image upload shared by
euca-import-instance, euca-import-volume, euca-resume-import and
euca-delete-disk-image.

An import task names a presigned URL of an import manifest in object storage
(the manifest itself: euca2ools/bundle/importmanifest.py).  The upload step
writes the manifest (unless it is already there) and every part not already
stored (core/s3.py), so an interrupted upload can be resumed.
"""

import argparse
import math
import os
import struct
import urllib.parse
import uuid

from euca2ools.core import (LOCAL, Arg, ClientError, MutuallyExclusiveArgList,
                            ServerError, UsageError)
from euca2ools.core.argtypes import positive_size
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin
from euca2ools.commands.euca import EC2Request

DEFAULT_PART_MIB = 10
DAY = 86400


def vmdk_image_size(path):
    """The virtual size of a sparse VMDK: its header's capacity in sectors."""
    with open(path, 'rb') as image:
        header = image.read(20)
    if len(header) < 20 or header[:4] != b'KDMV':
        raise ClientError(f'{path} is not a sparse VMDK file; give its size '
                          'with --image-size')
    (capacity,) = struct.unpack('<Q', header[12:20])
    return capacity * 512


def task_disk_containers(task):
    """The import containers (image + volume) of a conversion task."""
    if isinstance(task.get('importVolume'), dict):
        return [task['importVolume']]
    instance = task.get('importInstance') or {}
    return [v for v in instance.get('volumes') or [] if isinstance(v, dict)]


S3_ARGS = [
    Arg('--s3-url', metavar='URL', route_to=LOCAL,
        help='object storage service endpoint URL'),
    Arg('-o', '--owner-akid', metavar='KEY_ID', route_to=LOCAL,
        help="access key to use for the object storage service (default: "
             "same as that for the compute service)"),
    Arg('-w', '--owner-sak', metavar='KEY', route_to=LOCAL,
        help="secret key to use for the object storage service (default: "
             "same as that for the compute service)"),
    # Compatibility only: the service and auth come from the options above.
    Arg('--s3-service', route_to=LOCAL, help=argparse.SUPPRESS),
    Arg('--s3-auth', route_to=LOCAL, help=argparse.SUPPRESS)]

EXPIRES_ARG = Arg('-x', '--expires', metavar='DAYS', type=int, default=30,
                  route_to=LOCAL,
                  help='how long the import manifest should remain valid, '
                       'in days (default: 30 days)')


class ImportStorageRequest(ProgressMixin, EC2Request):
    """An EC2 command that also reads and writes import images in S3."""

    ARGS = S3_ARGS
    _s3 = None

    def configure_s3(self):
        if bool(self.args.get('owner_akid')) != bool(
                self.args.get('owner_sak')):
            raise UsageError('-o/--owner-akid and -w/--owner-sak must be '
                             'given together')
        if self.args.get('expires') is not None and self.args['expires'] < 1:
            raise UsageError('argument -x/--expires: value must be positive')

    @property
    def s3(self):
        if self._s3 is None:
            from euca2ools.core.s3 import S3
            context = self.context
            if self.args.get('owner_akid'):
                # Same config and region; the object storage owner's keys.
                context = context.with_keys(self.args['owner_akid'],
                                            self.args['owner_sak'])
            self._s3 = S3(context, url=self.args.get('s3_url'),
                          url_source='--s3-url')
        return self._s3

    def log(self, text):
        from euca2ools.core.http.redact import debug
        debug(self.context, text)

    def describe_task(self, task_id):
        from euca2ools.commands.euca.describeconversiontasks import \
            DescribeConversionTasks
        result = DescribeConversionTasks(
            {'ConversionTaskId': [task_id], 'url': self.url},
            self.context).main()
        for task in result.get('conversionTasks') or []:
            if task.get('conversionTaskId') == task_id:
                return task
        raise ClientError(f'import task {task_id} was not found')

    def locate(self, url):
        """(bucket, key) of an object storage URL (path or host style)."""
        split = urllib.parse.urlsplit(url)
        path = urllib.parse.unquote(split.path)
        endpoint = urllib.parse.urlsplit(self.s3.url)
        base = endpoint.path.rstrip('/')
        host, s3_host = split.hostname or '', endpoint.hostname or ''
        if host != s3_host and host.endswith('.' + s3_host):
            return host[:-len(s3_host) - 1], path.lstrip('/')
        if base and path.startswith(base + '/'):
            path = path[len(base):]
        bucket, _, key = path.lstrip('/').partition('/')
        if not bucket or not key:
            raise ClientError(f'cannot find a bucket and key in {url}')
        return bucket, key

    def presign(self, method, bucket, key, days):
        return self.s3.presigned_url(method, bucket, key, days * DAY)

    def fetch_manifest(self, bucket, key):
        """The stored import manifest, or None if there is none yet."""
        from euca2ools.bundle.importmanifest import ImportManifest
        try:
            body = self.s3.get_object_bytes(bucket, key)
        except ServerError as err:
            if err.status == 404:
                return None
            raise
        return ImportManifest.from_xml(body)

    # -- upload (import-instance, import-volume, resume-import) -------------

    def upload_image(self, task_id, source, days, part_mib=DEFAULT_PART_MIB):
        task = self.describe_task(task_id)
        containers = task_disk_containers(task)
        if not containers:
            raise ClientError(f'import task {task_id} has no disk image')
        container = containers[0]
        image = container.get('image') or {}
        if not image.get('importManifestUrl'):
            raise ClientError(f'import task {task_id} names no import '
                              'manifest')
        bucket, key = self.locate(image['importManifestUrl'])
        try:
            file_size = os.path.getsize(source)
        except OSError as err:
            raise ClientError(f'cannot read {source}: {err.strerror}')
        manifest = self.fetch_manifest(bucket, key)
        if manifest is None:
            manifest = self.new_manifest(container, bucket, key, source,
                                         file_size, days, part_mib)
            self.s3.put_object(bucket, key, manifest.to_xml())
            self.log(f'wrote import manifest {bucket}/{key}')
        expected = manifest.file_size
        if expected != file_size:
            raise ClientError(
                f'file "{source}" is not the same size as the file the '
                f'import started with (expected: {expected}, actual: '
                f'{file_size})')
        meter = self.progress_meter(file_size, os.path.basename(source))
        with open(source, 'rb') as image_file:
            for part in manifest.parts:
                if not self.s3.object_exists(bucket, part.key):
                    self.s3.put_object_range(bucket, part.key, image_file,
                                             part.start, part.size)
                    self.log(f'uploaded {bucket}/{part.key}')
                meter.update(part.size)
        meter.finish()

    def new_manifest(self, container, bucket, key, source, file_size, days,
                     part_mib):
        from euca2ools.bundle.importmanifest import ImportManifest
        image = container.get('image') or {}
        volume = container.get('volume') or {}
        return ImportManifest.plan(
            key, os.path.basename(source), file_size,
            max(1, part_mib) * 2 ** 20,
            lambda method, object_key: self.presign(method, bucket,
                                                    object_key, days),
            image.get('format'), image.get('size') or file_size,
            volume.get('size') or math.ceil(file_size / 2 ** 30))


def disk_image_args(prefix):
    """The options import-instance and import-volume share; ``prefix``
    places the disk image parameters ('DiskImage.1.' or '')."""
    return [
        Arg('source', metavar='FILE', route_to=LOCAL,
            help='file containing the disk image to import (required)'),
        Arg('-f', '--format', dest=f'{prefix}Image.Format', metavar='FORMAT',
            required=True,
            help='the image\'s format ("vmdk", "raw", or "vhd") (required)'),
        Arg('-s', '--volume-size', dest=f'{prefix}Volume.Size',
            metavar='GiB', type=int,
            help='size of the volume to import to, in GiB'),
        Arg('--image-size', dest=f'{prefix}Image.Bytes', metavar='BYTES',
            type=positive_size,
            help='size of the image (required for non-raw files)'),
        MutuallyExclusiveArgList(
            Arg('-b', '--bucket', route_to=LOCAL,
                help='the bucket to upload the volume to'),
            Arg('--manifest-url', metavar='URL',
                dest=f'{prefix}Image.ImportManifestUrl',
                help='a pre-signed URL that points to the import manifest '
                     'to use'))
        .required()]


class ImportRequest(ImportStorageRequest):
    """euca-import-instance and euca-import-volume."""

    DISK = ''            # 'DiskImage.1.' for ImportInstance
    ARGS = [
        Arg('--prefix', route_to=LOCAL,
            help='a prefix to add to the names of the volume parts as they '
                 'are uploaded'),
        EXPIRES_ARG,
        Arg('--no-upload', action='store_true', route_to=LOCAL,
            help='start the import process, but do not actually upload the '
                 'volume (see euca-resume-import)'),
        Arg('-d', '--description', dest='Description',
            help='a description for the import task (not the volume)'),
        Arg('--ignore-region-affinity', action='store_true', route_to=LOCAL,
            help=argparse.SUPPRESS),
        Arg('--dry-run', action='store_true', route_to=LOCAL,
            help=argparse.SUPPRESS),
        Arg('--dont-verify-format', action='store_true', route_to=LOCAL,
            help=argparse.SUPPRESS),
        *PROGRESS_ARGS]

    def configure(self):
        self.configure_s3()
        disk = self.DISK
        fmt_key, bytes_key, size_key = (f'{disk}Image.Format',
                                        f'{disk}Image.Bytes',
                                        f'{disk}Volume.Size')
        source = self.args['source']
        if not os.path.isfile(source):
            raise ClientError(f'{source} is not a file')
        fmt = self.params[fmt_key]
        if fmt.upper() in ('VMDK', 'VHD', 'RAW'):
            fmt = self.params[fmt_key] = fmt.upper()
        if not self.params.get(bytes_key):
            if fmt == 'RAW':
                self.params[bytes_key] = os.path.getsize(source)
            elif fmt == 'VMDK':
                self.params[bytes_key] = vmdk_image_size(source)
            else:
                raise UsageError(f'argument --image-size is required for '
                                 f'{fmt} files')
        if not self.params.get(size_key):
            self.params[size_key] = max(
                1, math.ceil(self.params[bytes_key] / 2 ** 30))

    def main(self):
        if self.args.get('dry_run'):
            return None
        self.preprocess()
        url_key = f'{self.DISK}Image.ImportManifestUrl'
        bucket = self.args.get('bucket')
        if bucket:
            if self.s3.ensure_bucket(bucket):
                self.log(f'created bucket {bucket}')
        if not self.params.get(url_key):
            key = '/'.join(filter(None, (
                (self.args.get('prefix') or '').strip('/'), str(uuid.uuid4()),
                os.path.basename(self.args['source']) + '.manifest.xml')))
            self.params[url_key] = self.presign('GET', bucket, key,
                                                self.args['expires'])
            self.log(f'generated manifest GET URL: {self.params[url_key]}')
        result = self.send()
        if not self.args.get('no_upload'):
            task_id = (result.get('conversionTask') or {}).get(
                'conversionTaskId')
            if not task_id:
                raise ClientError('the response names no import task')
            self.upload_image(task_id, self.args['source'],
                              self.args['expires'])
        return result

    def print_result(self, result):
        from euca2ools.commands.euca import rows
        if result and isinstance(result.get('conversionTask'), dict):
            self.print_rows(rows.conversion_task(result['conversionTask']))
