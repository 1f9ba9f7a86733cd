"""The bundle manifest, version 2007-10-10.

Written as euca2ools 3.x writes it: an XML declaration, a newline and the
whole ``<manifest>`` on one line, elements in upstream's order, the AES key
and IV wrapped for the cloud and the user certificates, and a SHA1withRSA
signature over ``<machine_configuration>`` + ``<image>`` exactly as they are
serialised.  Read tolerantly: any element order, ec2-ami-tools and 2.x
manifests, parts listed by index, a trailing empty part.

Parsing is lxml's hardened parser (core/xmlparse.parse_xml: no DTD, no
entities, no network), whatever the document's encoding.

The signature is checked over bytes derived from the PARSED elements, the
very ones the rest of the code reads: their canonical text (signed_text(),
also what to_bytes() signs and writes, so our own manifests verify), the
same with empty elements self-closed (lxml's own serialisation, as 3.x may
have signed), or the raw text between the tags (ec2-ami-tools and 2.x sign
that) but only when that text parses to the same elements.  So text outside
what is parsed (a comment holding an old signed copy, a second element)
can never make a signature valid for content it does not cover.
"""

import copy
import os
import re
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from . import crypto
from .util import (BUNDLER_NAME, BUNDLER_RELEASE, DIGEST_ALGORITHM,
                   ENC_ALGORITHM, MANIFEST_VERSION, BundleError, check_hex128,
                   safe_member_name)

SIGNED_ELEMENTS = ('machine_configuration', 'image')
# A real manifest is a few KB: about 150 bytes a part, and a part is 10 MiB,
# so 4 MiB would describe an image of some 250 GiB, far over EC2's 10 GiB.
# The bound is checked before parsing, which costs ~40x the size in memory.
MAX_MANIFEST_SIZE = 4 * 1024 * 1024
# <prefix>.part.<N>: the bundle's own part names, one prefix for all.
PART_NAME = re.compile(r'(?P<prefix>[^/\\\0]+)\.part\.\d+')
# Where ec2-ami-tools and 2.x find the signed text in the raw document.
_RAW_SIGNED_RE = {
    'machine_configuration': re.compile(rb'<machine_configuration\s*>.*?'
                                        rb'</machine_configuration\s*>',
                                        re.S),
    'image': re.compile(rb'<image\s*>.*</image\s*>', re.S)}


class BundlePart:
    """One part file: its base name, where it is, its size and SHA-1."""

    __slots__ = ('index', 'filename', 'path', 'size', 'digest')

    def __init__(self, filename, digest, size=None, path=None, index=None):
        self.filename = filename      # base name, as in the manifest
        self.digest = digest          # lowercase hex SHA-1 of the part
        self.size = size              # bytes (unknown when read from XML)
        self.path = path              # local file, when there is one
        self.index = index

    @property
    def hexdigest(self):
        return self.digest

    def __repr__(self):
        return (f'BundlePart({self.filename!r}, {self.digest!r}, '
                f'size={self.size!r})')


def _el(name, text, attrs=''):
    return f'<{name}{attrs}>{escape(str(text))}</{name}>'


def _parse(data, what):
    from euca2ools.core.xmlparse import XMLError, parse_xml
    try:
        return parse_xml(data, what)
    except XMLError as err:
        raise BundleError(str(err))


def _strip_namespaces(root):
    """Namespace-blind reading: every tag becomes its local name."""
    from lxml import etree
    for element in root.iter():
        if isinstance(element.tag, str) and '}' in element.tag:
            element.tag = element.tag.split('}', 1)[1]
    etree.cleanup_namespaces(root)


def _serialize(element, expand_empty=True):
    """One element's text: lxml's serialisation (ASCII, character
    references, no tail), empty elements as <a></a> unless not
    EXPAND_EMPTY."""
    from lxml import etree
    node = copy.deepcopy(element)
    node.tail = None
    if expand_empty:
        for sub in node.iter():
            if len(sub) == 0 and sub.text is None:
                sub.text = ''
    return etree.tostring(node)


def signed_elements(root):
    """The <machine_configuration> (when there is one) and <image> elements
    of a parsed manifest, in that order."""
    return [element for element in (root.find(name)
                                     for name in SIGNED_ELEMENTS)
            if element is not None]


def signed_text(root):
    """The canonical bytes a manifest's signature covers: the canonical text
    of <machine_configuration> followed by that of <image>.  The one
    definition both signing (to_bytes) and checking use."""
    return b''.join(_serialize(element)
                    for element in signed_elements(root))


def _signed_variants(root, data):
    """Every byte string the signature may have been made over that stands
    for exactly the parsed elements (see the module docstring)."""
    elements = signed_elements(root)
    variants = [signed_text(root),
                b''.join(_serialize(element, expand_empty=False)
                         for element in elements)]
    raw = []
    for element in elements:
        match = _RAW_SIGNED_RE[element.tag].search(data)
        if match is None:
            break
        try:
            piece = _parse(match.group(0), 'signed text')
        except BundleError:
            break
        _strip_namespaces(piece)
        if _serialize(piece) != _serialize(element):
            break           # the raw text is not what was parsed
        raw.append(match.group(0))
    else:
        variants.append(b''.join(raw))
    unique = []
    for variant in variants:
        if variant not in unique:
            unique.append(variant)
    return unique


class BundleManifest:
    """Everything a manifest says.  ``enc_key``/``enc_iv`` hold the plain
    32-hex key and IV once known (after creation or decrypt_key())."""

    def __init__(self):
        self.version = MANIFEST_VERSION
        self.bundler = (BUNDLER_NAME, __version__, BUNDLER_RELEASE)
        self.arch = None
        self.kernel_id = None
        self.ramdisk_id = None
        self.block_device_mappings = {}       # virtual name -> device
        self.product_codes = []
        self.image_name = None
        self.account_id = None
        self.image_type = 'machine'
        self.image_digest = None              # SHA-1 of the tar stream
        self.image_digest_algorithm = DIGEST_ALGORITHM
        self.image_size = None
        self.bundled_size = None
        self.enc_algorithm = ENC_ALGORITHM
        self.ec2_encrypted_key = None
        self.user_encrypted_key = None
        self.ec2_encrypted_iv = None
        self.user_encrypted_iv = None
        self.parts = []
        self.signature = None
        self.signed_data = None               # bytes the signature covers
        self._signed_variants = []            # (see _signed_variants)
        self.source = 'manifest'              # file or key, for messages
        self.enc_key = None
        self.enc_iv = None

    # -- writing -----------------------------------------------------------

    def wrap_key(self, enc_key, enc_iv, ec2cert, cert=None):
        """Store the key and IV, RSA-encrypted for the cloud certificate and
        (when given) the user certificate."""
        self.enc_key = check_hex128(enc_key, 'encryption key')
        self.enc_iv = check_hex128(enc_iv, 'encryption IV')
        self.ec2_encrypted_key = crypto.rsa_encrypt_hex(ec2cert, self.enc_key)
        self.ec2_encrypted_iv = crypto.rsa_encrypt_hex(ec2cert, self.enc_iv)
        if cert is not None:
            self.user_encrypted_key = crypto.rsa_encrypt_hex(cert,
                                                             self.enc_key)
            self.user_encrypted_iv = crypto.rsa_encrypt_hex(cert, self.enc_iv)
        else:
            self.user_encrypted_key = self.user_encrypted_iv = ''

    def _machine_configuration_xml(self):
        out = ['<machine_configuration>', _el('architecture', self.arch)]
        if self.image_type == 'machine' and self.block_device_mappings:
            out.append('<block_device_mapping>')
            for virtual, device in sorted(self.block_device_mappings.items()):
                out.append('<mapping>' + _el('virtual', virtual)
                           + _el('device', device) + '</mapping>')
            out.append('</block_device_mapping>')
        if self.image_type == 'machine' and self.product_codes:
            out.append('<product_codes>')
            out.extend(_el('product_code', code)
                       for code in self.product_codes)
            out.append('</product_codes>')
        if self.kernel_id:
            out.append(_el('kernel_id', self.kernel_id))
        if self.ramdisk_id:
            out.append(_el('ramdisk_id', self.ramdisk_id))
        out.append('</machine_configuration>')
        return ''.join(out)

    def _image_xml(self):
        alg = f' algorithm={quoteattr(self.enc_algorithm)}'
        out = ['<image>', _el('name', self.image_name),
               _el('user', self.account_id or ''),
               _el('type', self.image_type),
               _el('digest', self.image_digest,
                   f' algorithm={quoteattr(self.image_digest_algorithm)}'),
               _el('size', self.image_size),
               _el('bundled_size', self.bundled_size),
               _el('ec2_encrypted_key', self.ec2_encrypted_key or '', alg),
               _el('user_encrypted_key', self.user_encrypted_key or '', alg),
               _el('ec2_encrypted_iv', self.ec2_encrypted_iv or ''),
               _el('user_encrypted_iv', self.user_encrypted_iv or ''),
               f'<parts count="{len(self.parts)}">']
        for index, part in enumerate(self.parts):
            out.append(f'<part index="{index}">'
                       + _el('filename', os.path.basename(part.filename))
                       + _el('digest', part.digest,
                             f' algorithm="{DIGEST_ALGORITHM}"')
                       + '</part>')
        out.append('</parts></image>')
        return ''.join(out)

    def to_bytes(self, privatekey=None):
        """The manifest file's bytes, signed with ``privatekey`` (file name or
        key object) or marked UNSIGNED without one."""
        name, version, release = self.bundler
        # What is signed and written is signed_text() of the elements, the
        # same function that checking applies to them once parsed back.
        text = (self._machine_configuration_xml() + self._image_xml())
        signed = signed_text(_parse(
            ('<manifest>' + text + '</manifest>').encode(
                'ascii', 'xmlcharrefreplace'), 'the new manifest'))
        if privatekey is not None:
            self.signature = crypto.sign_hex(privatekey, signed)
        else:
            self.signature = 'UNSIGNED'
        self.signed_data = signed
        self._signed_variants = [signed]
        head = ('<manifest>' + _el('version', self.version) + '<bundler>'
                + _el('name', name) + _el('version', version)
                + _el('release', release) + '</bundler>')
        return (b"<?xml version='1.0' encoding='ASCII'?>\n"
                + head.encode('ascii') + signed
                + _el('signature', self.signature).encode('ascii')
                + b'</manifest>\n')

    def write(self, path, privatekey=None):
        """Write the manifest under a temporary name and put it in place,
        never over an existing file (core/files.py)."""
        from euca2ools.core.files import write_new
        data = self.to_bytes(privatekey)
        write_new(path, lambda fileobj: fileobj.write(data))
        return path

    # -- reading -----------------------------------------------------------

    @classmethod
    def read(cls, path):
        try:
            with open(path, 'rb') as fileobj:
                data = fileobj.read(MAX_MANIFEST_SIZE + 1)
        except OSError as err:
            raise BundleError(f'cannot read manifest {path}: {err.strerror}')
        return cls.from_bytes(data, source=path)

    @classmethod
    def from_bytes(cls, data, source='manifest'):
        """Parse manifest bytes (any encoding the XML declares) with the
        hardened parser: DTDs and entities are refused by the parser."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        if len(data) > MAX_MANIFEST_SIZE:
            raise BundleError(f'{source} is larger than '
                              f'{MAX_MANIFEST_SIZE // 2**20} MiB: no bundle '
                              'manifest is; refusing it')
        root = _parse(data, source)
        _strip_namespaces(root)
        if root.tag != 'manifest':
            raise BundleError(f'{source} is not a bundle manifest')
        for name in SIGNED_ELEMENTS + ('signature',):
            if len(root.findall(name)) > 1:
                raise BundleError(f'{source} is not a valid bundle manifest '
                                  f'(more than one {name})')
        self = cls()
        self.source = source
        try:
            self._load(root)
        except (AttributeError, TypeError, ValueError) as err:
            raise BundleError(f'{source} is not a valid bundle manifest '
                              f'({err})')
        self._signed_variants = _signed_variants(root, data)
        self.signed_data = self._signed_variants[0]
        return self

    def _load(self, root):
        def text(parent, path, default=None, required=False):
            node = parent.find(path)
            if node is None or node.text is None or not node.text.strip():
                if required:
                    raise ValueError(f'missing {path}')
                return default
            return node.text.strip()

        self.version = text(root, 'version', MANIFEST_VERSION)
        bundler = root.find('bundler')
        if bundler is not None:
            self.bundler = (text(bundler, 'name', ''),
                            text(bundler, 'version', ''),
                            text(bundler, 'release', ''))
        mconfig = root.find('machine_configuration')
        if mconfig is not None:
            self.arch = text(mconfig, 'architecture')
            self.kernel_id = text(mconfig, 'kernel_id')
            self.ramdisk_id = text(mconfig, 'ramdisk_id')
            for mapping in mconfig.iterfind('block_device_mapping/mapping'):
                virtual = text(mapping, 'virtual')
                if virtual:
                    self.block_device_mappings[virtual] = \
                        text(mapping, 'device', '')
            self.product_codes = [
                node.text.strip()
                for node in mconfig.iterfind('product_codes/product_code')
                if node.text and node.text.strip()]
        image = root.find('image')
        if image is None:
            raise ValueError('missing image')
        self.image_name = text(image, 'name', required=True)
        self.account_id = text(image, 'user')
        self.image_type = text(image, 'type', 'machine')
        self.image_digest = text(image, 'digest', required=True).lower()
        digest = image.find('digest')
        self.image_digest_algorithm = digest.get('algorithm', 'SHA1')
        self.image_size = int(text(image, 'size', required=True))
        bundled = text(image, 'bundled_size')
        self.bundled_size = int(bundled) if bundled else None
        key = image.find('ec2_encrypted_key')
        if key is not None and key.get('algorithm'):
            self.enc_algorithm = key.get('algorithm')
        for name in ('ec2_encrypted_key', 'user_encrypted_key',
                     'ec2_encrypted_iv', 'user_encrypted_iv'):
            setattr(self, name, text(image, name))
        parts_node = image.find('parts')
        if parts_node is None:
            raise ValueError('missing parts')
        indexed = {}
        for position, node in enumerate(parts_node.iterfind('part')):
            index = int(node.get('index', position))
            if index in indexed:
                raise ValueError(f'part {index} listed twice')
            indexed[index] = BundlePart(
                text(node, 'filename', required=True),
                text(node, 'digest', required=True).lower(), index=index)
        if sorted(indexed) != list(range(len(indexed))):
            raise ValueError('part indexes are not 0..N-1')
        count = parts_node.get('count')
        if count is not None and int(count) != len(indexed):
            raise ValueError(f'parts count is {count} but '
                             f'{len(indexed)} parts are listed')
        self.parts = [indexed[i] for i in range(len(indexed))]
        if not self.parts:
            raise ValueError('no parts')
        _check_part_names(self.parts)
        self.signature = text(root, 'signature')
        if self.image_digest_algorithm.upper().replace('-', '') != 'SHA1':
            raise ValueError('unsupported digest algorithm '
                             f'{self.image_digest_algorithm}')
        if self.enc_algorithm.upper() != ENC_ALGORITHM:
            raise ValueError(f'unsupported cipher {self.enc_algorithm}')

    def decrypt_key(self, privatekey):
        """Recover (key, iv) hex with the user's (or the cloud's) private
        key: the user_encrypted_* pair first, then ec2_encrypted_*."""
        key = crypto.load_private_key(privatekey)
        failure = None
        for who in ('user', 'ec2'):
            wrapped_key = getattr(self, f'{who}_encrypted_key')
            wrapped_iv = getattr(self, f'{who}_encrypted_iv')
            if not wrapped_key or not wrapped_iv:
                continue
            try:
                self.enc_key = check_hex128(
                    crypto.rsa_decrypt_hex(key, wrapped_key), 'bundle key')
                self.enc_iv = check_hex128(
                    crypto.rsa_decrypt_hex(key, wrapped_iv), 'bundle IV')
                return self.enc_key, self.enc_iv
            except BundleError as err:
                failure = err
        raise BundleError(
            'cannot decrypt the bundle key with this private key: it matches '
            'neither the user nor the cloud certificate of the bundle'
            if failure else 'the manifest holds no encrypted key')

    def is_signed(self):
        return bool(self.signature) and self.signature != 'UNSIGNED'

    def verify_signature(self, cert):
        """True when the signature is valid for ``cert`` (a file name, PEM
        bytes or a loaded certificate) over what was parsed."""
        if not self.is_signed() or not self._signed_variants:
            return False
        return any(crypto.verify_hex(cert, data, self.signature)
                   for data in self._signed_variants)

    def check_signature(self, cert):
        """Raise BundleError unless the manifest carries a valid signature
        for ``cert``."""
        what = (f'certificate {cert}' if isinstance(cert, (str, os.PathLike))
                else 'the certificate')
        if not self.is_signed():
            raise BundleError(
                f'manifest {self.source} is not signed (signature '
                f'{self.signature or "missing"}), so it cannot be checked '
                f'against {what}; refusing it')
        if not self.verify_signature(cert):
            raise BundleError(
                f'the signature of manifest {self.source} is not valid for '
                f'{what}: the manifest was altered, or signed with another '
                'key; refusing it')


def _check_part_names(parts):
    """Every part is named <prefix>.part.<N>, with one prefix that is a
    plain, visible file name: a manifest cannot make a reader create or
    replace any other file (.bashrc, ../x, another bundle's manifest)."""
    prefixes = set()
    for part in parts:
        match = PART_NAME.fullmatch(part.filename)
        if not match:
            raise ValueError(f'refusing unsafe part file name '
                             f'{part.filename!r} (not PREFIX.part.N)')
        prefixes.add(match.group('prefix'))
    if len(prefixes) != 1:
        raise ValueError('refusing unsafe part file names: the parts do not '
                         'share one prefix')
    try:
        safe_member_name(prefixes.pop(), 'part file name prefix')
    except BundleError as err:
        raise ValueError(str(err))
    if len({part.filename for part in parts}) != len(parts):
        raise ValueError('refusing unsafe part file names: one is listed '
                         'twice')
