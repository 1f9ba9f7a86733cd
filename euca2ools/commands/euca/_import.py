"""Import tasks: the disk image upload shared by euca-import-instance,
euca-import-volume, euca-resume-import and euca-delete-disk-image.

An import task names a presigned URL of an *import manifest* in object
storage.  The manifest (version 2010-11-15) lists the image's parts, each a
byte range of the image file stored as its own object with presigned
HEAD/GET/DELETE URLs, so the cloud can fetch and later delete them.  The
upload step writes the manifest (unless it is already there) and every part
not already stored, so an interrupted upload can be resumed.
"""

import argparse
import copy
import math
import os
import struct
import sys
import urllib.parse
import uuid

from euca2ools import __version__
from euca2ools.core import (LOCAL, Arg, ClientError, MutuallyExclusiveArgList,
                            ServerError, UsageError)
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin
from euca2ools.commands.euca import EC2Request

MANIFEST_VERSION = '2010-11-15'
DEFAULT_PART_MIB = 10
DAY = 86400


def image_size_arg(text):
    """A byte count, optionally with a K, M, G or T (binary) suffix."""
    units = {'K': 2 ** 10, 'M': 2 ** 20, 'G': 2 ** 30, 'T': 2 ** 40}
    text = text.strip()
    factor = 1
    if text[-1:].upper() in units:
        factor = units[text[-1].upper()]
        text = text[:-1]
    try:
        size = int(text) * factor
    except ValueError:
        raise argparse.ArgumentTypeError(f'{text!r} is not a size in bytes')
    if size < 1:
        raise argparse.ArgumentTypeError('the size must be positive')
    return size


def vmdk_image_size(path):
    """The virtual size of a sparse VMDK: its header's capacity in sectors."""
    with open(path, 'rb') as image:
        header = image.read(20)
    if len(header) < 20 or header[:4] != b'KDMV':
        raise ClientError(f'{path} is not a sparse VMDK file; give its size '
                          'with --image-size')
    (capacity,) = struct.unpack('<Q', header[12:20])
    return capacity * 512


class ImportPart:
    def __init__(self, index, start, end, key, head_url=None, get_url=None,
                 delete_url=None):
        self.index, self.start, self.end, self.key = index, start, end, key
        self.head_url, self.get_url = head_url, get_url
        self.delete_url = delete_url

    @property
    def size(self):
        return self.end - self.start + 1


class ImportManifest:
    def __init__(self, file_format, image_size, volume_size,
                 self_destruct_url=None, parts=()):
        self.file_format = file_format
        self.image_size = int(image_size)
        self.volume_size = int(volume_size)
        self.self_destruct_url = self_destruct_url
        self.parts = list(parts)

    def to_xml(self):
        from lxml import etree
        root = etree.Element('manifest')
        etree.SubElement(root, 'version').text = MANIFEST_VERSION
        etree.SubElement(root, 'file-format').text = self.file_format
        importer = etree.SubElement(root, 'importer')
        etree.SubElement(importer, 'name').text = 'euca2ools'
        etree.SubElement(importer, 'version').text = __version__
        etree.SubElement(importer, 'release').text = '0'
        etree.SubElement(root, 'self-destruct-url').text = \
            self.self_destruct_url
        imp = etree.SubElement(root, 'import')
        etree.SubElement(imp, 'size').text = str(self.image_size)
        etree.SubElement(imp, 'volume-size').text = str(self.volume_size)
        parts = etree.SubElement(imp, 'parts', count=str(len(self.parts)))
        for part in self.parts:
            node = etree.SubElement(parts, 'part', index=str(part.index))
            etree.SubElement(node, 'byte-range', start=str(part.start),
                             end=str(part.end))
            for name, value in (('key', part.key),
                                ('head-url', part.head_url),
                                ('get-url', part.get_url),
                                ('delete-url', part.delete_url)):
                etree.SubElement(node, name).text = value
        return etree.tostring(root, pretty_print=True, encoding='UTF-8',
                              xml_declaration=True, standalone=True)

    @classmethod
    def from_xml(cls, body):
        from euca2ools.core.xmlparse import parse_xml
        root = parse_xml(body)

        def text(node, name):
            found = node.find(name)
            return found.text if found is not None else None
        try:
            imp = root.find('import')
            parts = []
            for node in imp.find('parts').findall('part'):
                brange = node.find('byte-range')
                parts.append(ImportPart(
                    int(node.get('index')), int(brange.get('start')),
                    int(brange.get('end')), text(node, 'key'),
                    text(node, 'head-url'), text(node, 'get-url'),
                    text(node, 'delete-url')))
            manifest = cls(text(root, 'file-format'), text(imp, 'size'),
                           text(imp, 'volume-size'),
                           text(root, 'self-destruct-url'),
                           sorted(parts, key=lambda p: p.index))
        except (AttributeError, TypeError, ValueError) as err:
            raise ClientError(f'the import manifest is malformed ({err})')
        if [p.index for p in manifest.parts] != list(
                range(len(manifest.parts))):
            raise ClientError('the import manifest is missing parts')
        return manifest


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
                context = copy.copy(context)
                context.cli_keys = (self.args['owner_akid'],
                                    self.args['owner_sak'], None)
                context._credentials = None
            self._s3 = S3(context, url=self.args.get('s3_url'),
                          url_source='--s3-url')
        return self._s3

    def log(self, text):
        if self.context.debug:
            print(text, file=self.context.stderr or sys.stderr)

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
        expected = manifest.parts[-1].end + 1 if manifest.parts else 0
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
        image = container.get('image') or {}
        volume = container.get('volume') or {}
        prefix = key.rsplit('/', 1)[0] if '/' in key else ''
        name = os.path.basename(source)
        part_size = max(1, part_mib) * 2 ** 20
        parts = []
        for index, start in enumerate(range(0, file_size, part_size)):
            part_key = '/'.join(filter(None, (prefix,
                                              f'{name}.part.{index}')))
            parts.append(ImportPart(
                index, start, min(start + part_size, file_size) - 1,
                part_key,
                self.presign('HEAD', bucket, part_key, days),
                self.presign('GET', bucket, part_key, days),
                self.presign('DELETE', bucket, part_key, days)))
        return ImportManifest(
            image.get('format'), image.get('size') or file_size,
            volume.get('size') or math.ceil(file_size / 2 ** 30),
            self.presign('DELETE', bucket, key, days), parts)


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
            type=image_size_arg,
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
