"""The import manifest, version 2010-11-15, of euca-import-instance,
euca-import-volume, euca-resume-import and euca-delete-disk-image.

An import task names a presigned URL of an *import manifest* in object
storage.  The manifest lists the image's parts, each a byte range of the
image file stored as its own object with presigned HEAD/GET/DELETE URLs, so
the cloud can fetch and later delete them, and a presigned DELETE URL of the
manifest itself (``self-destruct-url``)::

    manifest = ImportManifest.plan(key, 'disk.img', file_size, part_size,
                                   presign, 'RAW', image_size, volume_size)
    manifest.to_xml()                     # bytes to store at key
    manifest = ImportManifest.from_xml(body)
    manifest.parts                        # [ImportPart], by index
    manifest.file_size                    # bytes the parts cover

No argparse and no network: ``presign(method, key)`` is the caller's (an
object storage client's presigned URL).  Parsing is core/xmlparse.parse_xml
(lxml's hardened parser); a malformed manifest is a BundleError.
"""

from .. import __version__
from .util import BundleError

MANIFEST_VERSION = '2010-11-15'


class ImportPart:
    """One part: bytes ``start``..``end`` (inclusive) of the image file,
    stored as object ``key``, with the presigned URLs the cloud uses."""

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

    @classmethod
    def plan(cls, manifest_key, name, file_size, part_size, presign,
             file_format, image_size, volume_size):
        """A new manifest for the ``file_size`` bytes of image file ``name``:
        parts of ``part_size`` bytes (the last one may be shorter) stored
        beside ``manifest_key`` as NAME.part.INDEX.  ``presign(method,
        key)`` gives the URLs: HEAD, GET and DELETE of each part in turn,
        then DELETE of the manifest."""
        prefix = manifest_key.rsplit('/', 1)[0] if '/' in manifest_key \
            else ''
        parts = []
        for index, start in enumerate(range(0, file_size, part_size)):
            key = '/'.join(filter(None, (prefix, f'{name}.part.{index}')))
            parts.append(ImportPart(
                index, start, min(start + part_size, file_size) - 1, key,
                presign('HEAD', key), presign('GET', key),
                presign('DELETE', key)))
        return cls(file_format, image_size, volume_size,
                   presign('DELETE', manifest_key), parts)

    @property
    def file_size(self):
        """The size of the image file the parts cover."""
        return self.parts[-1].end + 1 if self.parts else 0

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
            raise BundleError(f'the import manifest is malformed ({err})')
        if [p.index for p in manifest.parts] != list(
                range(len(manifest.parts))):
            raise BundleError('the import manifest is missing parts')
        return manifest
