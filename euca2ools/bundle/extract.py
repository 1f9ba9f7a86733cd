"""Unbundling: parts -> AES -> gunzip -> tar -> image, every digest checked.

Three stages overlap: reading the parts (their SHA-1) and decrypting, then
inflating, then (here) the tar-stream SHA-1, the tar parsing and writing.
The image is written to a hidden temporary name in the destination and
renamed only when the part digests, the tar digest and the size all match;
on any failure or Ctrl-C the temporary file is removed.  Only the first tar
member is extracted, and only if it is a regular file with a harmless name;
after it only the end of the archive may follow (zeros, at most
MAX_TAR_TRAILER bytes), so what is inflated is bounded by the image's size
(checked against the manifest before any of it is written) plus ~1 MiB,
whatever the compressed stream holds.
"""

import hashlib
import os
import stat
import tarfile

from .manifest import BundleManifest
from .streams import BLOCK_SIZE, decrypt, gunzip, in_background
from .util import BundleError, check_hex128, safe_member_name

_ZERO_BLOCK = bytes(512)
_ZEROS = bytes(BLOCK_SIZE)
_HOLE_MIN = 64 * 1024
_REGULAR = (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE)
_EXTENSION_TYPES = (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK,
                    tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE, tarfile.XGLTYPE)
_MAX_EXTENSION = 1024 * 1024      # long names and PAX records, in bytes
# After the image's member, a tar stream holds only its end: two zero blocks
# and zeros up to the record size (10240 bytes for Python's tarfile, GNU tar
# and bsdtar; 1 MiB allows a blocking factor up to 2048).  Anything longer
# -- or anything not zero -- is refused without being inflated: a gzip
# stream may go on for gigabytes of zeros behind a small image.
MAX_TAR_TRAILER = 1024 * 1024


class UnbundleResult:
    def __init__(self, path, name, size, digest):
        self.path = path            # None when written to a stream
        self.name = name            # the tar member's name
        self.size = size            # bytes written
        self.digest = digest        # hex SHA-1 of the tar stream

    def __fspath__(self):
        return self.path


# -- reading ------------------------------------------------------------------

# Parts up to this size are held in memory until their digest is checked
# (the default part is 10 MiB); larger ones stream and are checked at the end.
MAX_HELD_PART = 64 * 1024 * 1024


def read_chunks(fileobj, progress=None, size=BLOCK_SIZE):
    while True:
        chunk = fileobj.read(size)
        if not chunk:
            return
        if progress is not None:
            progress.update(len(chunk))
        yield chunk


def part_chunks(manifest, source_dir=None, open_part=None, progress=None):
    """The concatenated parts of MANIFEST, each part's SHA-1 checked when it
    ends.  OPEN_PART(part) -> binary file object (default: open
    SOURCE_DIR/filename)."""
    for part in manifest.parts:
        name = safe_member_name(part.filename, 'part file name')
        if open_part is not None:
            fileobj = open_part(part)
            label = name
        else:
            label = (part.path if part.path and source_dir is None
                     else os.path.join(source_dir or '.', name))
            try:
                fileobj = open(label, 'rb')
            except OSError as err:
                raise BundleError(f'cannot read part {label}: '
                                  f'{err.strerror}')
        sha = hashlib.sha1()
        # A part of ordinary size is checked before any of it goes on, so a
        # corrupt part is reported as such, never as a decryption error.
        held = []
        held_bytes = 0
        try:
            for chunk in read_chunks(fileobj, progress):
                sha.update(chunk)
                if held is None:
                    yield chunk
                    continue
                held.append(chunk)
                held_bytes += len(chunk)
                if held_bytes > MAX_HELD_PART:
                    yield from held
                    held = None
        finally:
            fileobj.close()
        if sha.hexdigest() != part.digest:
            raise BundleError(
                f'part {label} is corrupt: its SHA-1 is {sha.hexdigest()} '
                f'but the manifest says {part.digest}')
        if held:
            yield from held


class _Bytes:
    """Pulls chunks, hashing every byte (the tar-stream SHA-1)."""

    def __init__(self, chunks):
        self.chunks = iter(chunks)
        self.sha = hashlib.sha1()
        self.view = memoryview(b'')

    def _fill(self):
        for chunk in self.chunks:
            if chunk:
                self.sha.update(chunk)
                self.view = memoryview(chunk)
                return True
        return False

    def read(self, count):
        """Exactly COUNT bytes (short only at the end of the stream)."""
        pieces = []
        while count:
            if not len(self.view) and not self._fill():
                break
            piece = self.view[:count]
            self.view = self.view[count:]
            pieces.append(bytes(piece))
            count -= len(piece)
        return b''.join(pieces)

    def pieces(self, count):
        """COUNT bytes as successive views; BundleError if they run out."""
        while count:
            if not len(self.view) and not self._fill():
                raise BundleError('the image in the bundle is truncated')
            piece = self.view[:count]
            self.view = self.view[count:]
            count -= len(piece)
            yield piece


class _Output:
    """The image file: holes for all-zero blocks when that is safe."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.seekable = _may_make_holes(fileobj)
        self.position = 0
        self.size = 0

    def write(self, view):
        # Whole runs of zeros become holes (memcmp, no copy).
        if self.seekable and len(view) >= _HOLE_MIN and \
                _ZEROS.startswith(view):
            self.fileobj.seek(len(view), os.SEEK_CUR)
        else:
            self.fileobj.write(view)
        self.position += len(view)
        self.size = max(self.size, self.position)

    def seek(self, offset):
        if offset < self.position:
            raise BundleError('the sparse map of the image is out of order')
        if self.seekable:
            self.fileobj.seek(offset - self.position, os.SEEK_CUR)
            self.position = offset
        else:
            while self.position < offset:
                self.write(memoryview(_ZEROS)[:min(BLOCK_SIZE,
                                                   offset - self.position)])

    def finish(self, size):
        self.seek(size)
        if self.seekable:
            self.fileobj.truncate(size)
        self.fileobj.flush()


def _may_make_holes(fileobj):
    """Holes are made by seeking, which is right only for a regular file
    that starts empty at offset 0: O_APPEND ignores the seek (stdout opened
    with >>), and after a header already written the offsets are off."""
    try:
        fd = fileobj.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        import fcntl
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:
            return False
        return fileobj.tell() == 0
    except (AttributeError, OSError, ValueError):
        return False


def _pax_records(data):
    records = {}
    pos = 0
    while pos < len(data):
        space = data.find(b' ', pos)
        if space < 0:
            break
        try:
            length = int(data[pos:space])
        except ValueError:
            raise BundleError('the image has a corrupt tar header')
        if length <= 0:
            break
        record = data[space + 1:pos + length - 1]
        key, _, value = record.partition(b'=')
        records[key.decode('utf-8', 'replace')] = value.decode(
            'utf-8', 'surrogateescape')
        pos += length
    return records


def _check_member_name(name):
    parts = name.replace('\\', '/').split('/')
    if name.startswith('/') or '..' in parts or not name.strip('./'):
        raise BundleError(f'refusing tar member {name!r}: absolute or '
                          'parent-relative path')


def _padded(size):
    return -(-size // 512) * 512


def _read_header(stream):
    """The first real member's TarInfo, name and stored size, after any
    GNU long-name and PAX headers."""
    longname = None
    pax = {}
    while True:
        block = stream.read(512)
        if len(block) < 512:
            raise BundleError('the bundle holds no image (truncated tar)')
        if block == _ZERO_BLOCK:
            raise BundleError('the bundle holds no image (empty tar)')
        try:
            info = tarfile.TarInfo.frombuf(block, 'utf-8', 'surrogateescape')
        except tarfile.HeaderError as err:
            raise BundleError(f'the image has a corrupt tar header ({err})')
        if info.type in _EXTENSION_TYPES and info.size > _MAX_EXTENSION:
            raise BundleError('the image has a corrupt tar header '
                              f'(a {info.size}-byte extension header)')
        if info.type in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            data = stream.read(_padded(info.size))[:info.size]
            if info.type == tarfile.GNUTYPE_LONGNAME:
                longname = data.rstrip(b'\0').decode('utf-8',
                                                     'surrogateescape')
            continue
        if info.type in (tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE):
            pax.update(_pax_records(stream.read(_padded(info.size))
                                    [:info.size]))
            continue
        if info.type == tarfile.XGLTYPE:
            stream.read(_padded(info.size))
            continue
        break
    name = pax.get('path') or longname or info.name
    if 'size' in pax:
        info.size = int(pax['size'])
    if any(key.startswith('GNU.sparse') for key in pax):
        raise BundleError('PAX sparse tar members are not supported')
    return info, name


def _sparse_map(stream, info):
    structs, extended, real_size = info._sparse_structs
    structs = [(offset, count) for offset, count in structs if count]
    while extended:
        block = stream.read(512)
        if len(block) < 512:
            raise BundleError('the image in the bundle is truncated')
        for pos in range(0, 21 * 24, 24):
            offset = tarfile.nti(block[pos:pos + 12])
            count = tarfile.nti(block[pos + 12:pos + 24])
            if count:
                structs.append((offset, count))
        extended = bool(block[504])
    return structs, real_size


def _read_trailer(stream):
    """Consume the end of the tar stream after the member: zeros only, at
    most MAX_TAR_TRAILER bytes, then the end of the (decompressed) stream;
    BundleError otherwise, reading no further."""
    seen = 0
    while True:
        piece = stream.read(min(BLOCK_SIZE, MAX_TAR_TRAILER + 1 - seen))
        if not piece:
            return
        if not _ZEROS.startswith(piece):
            raise BundleError('the bundle holds more than one file: its tar '
                              'archive goes on after the image')
        seen += len(piece)
        if seen > MAX_TAR_TRAILER:
            raise BundleError('the bundle goes on after the end of its tar '
                              f'archive (more than {MAX_TAR_TRAILER} bytes '
                              'after the image); refusing it')


def _check_size(size, expected):
    if expected is not None and size != int(expected):
        raise BundleError(f'the unbundled image is {size} bytes but should '
                          f'be {expected} bytes')


def extract_first_member(chunks, fileobj, expected_size=None):
    """Write the first member of the tar stream CHUNKS to FILEOBJ (links,
    devices and unsafe names refused; a member of another size than
    EXPECTED_SIZE is refused before anything is written); consume and hash
    the end of the archive, which must follow (see MAX_TAR_TRAILER), so
    no more than the member and ~1 MiB is ever inflated.  Returns (member
    name, size, tar SHA-1 hex)."""
    stream = _Bytes(chunks)
    info, name = _read_header(stream)
    _check_member_name(name)
    out = _Output(fileobj)
    if info.type in _REGULAR:
        _check_size(info.size, expected_size)
        for piece in stream.pieces(info.size):
            out.write(piece)
        size = info.size
    elif info.type == tarfile.GNUTYPE_SPARSE:
        structs, size = _sparse_map(stream, info)
        _check_size(size, expected_size)
        if info.size > size:
            raise BundleError('the sparse image in the bundle stores more '
                              f'data ({info.size} bytes) than its size '
                              f'({size} bytes)')
        remaining = info.size
        for offset, count in structs:
            if offset + count > size or count > remaining:
                raise BundleError('the sparse map of the image does not fit '
                                  'its size')
            out.seek(offset)
            for piece in stream.pieces(count):
                out.write(piece)
            remaining -= count
        for _ in stream.pieces(remaining):
            pass
    else:
        what = {tarfile.SYMTYPE: 'a symbolic link',
                tarfile.LNKTYPE: 'a hard link', tarfile.DIRTYPE: 'a directory',
                tarfile.CHRTYPE: 'a device', tarfile.BLKTYPE: 'a device',
                tarfile.FIFOTYPE: 'a FIFO'}.get(info.type, 'not a file')
        raise BundleError(f'refusing tar member {name!r}: it is {what}')
    out.finish(size)
    stream.read(_padded(info.size) - info.size)
    _read_trailer(stream)
    return name, size, stream.sha.hexdigest()


def _decode(encrypted, key, iv, fileobj, expected_size=None):
    """encrypted chunks -> (name, size, digest) written to FILEOBJ."""
    plain = in_background(decrypt(encrypted, key, iv), 8, 'decrypt')
    tar = in_background(gunzip(plain), 8, 'inflate')
    try:
        return extract_first_member(tar, fileobj, expected_size)
    finally:
        tar.close()
        plain.close()


def _check(name, size, digest, expected_size, expected_digest):
    if expected_digest and digest != expected_digest.lower():
        raise BundleError(f'the unbundled image is corrupt: its tar SHA-1 is '
                          f'{digest} but should be {expected_digest}')
    _check_size(size, expected_size)


def _write_atomically(path, produce):
    """Run PRODUCE(fileobj) on a temporary file next to PATH and put it in
    place only if PRODUCE returns, never over an existing file
    (core/files.py); remove it otherwise (Ctrl-C included)."""
    from euca2ools.core.files import write_new
    return write_new(path, produce, mode=0o644)


def unbundle(manifest, destination, privatekey=None, *, cert,
             source_dir=None, open_part=None, enc_key=None, enc_iv=None,
             progress=None):
    """Rebuild the image of a bundle; returns the image's path (None when
    DESTINATION is a stream).  Every unbundling from a manifest comes here.

    manifest     a manifest file name or a BundleManifest
    destination  a directory (the image keeps the manifest's image name),
                 a binary stream to write the image to as it is decoded,
                 or, if it is not an existing directory, the file to write
    privatekey   the user's (or the cloud's) private key, to decrypt the
                 AES key and IV; or give enc_key and enc_iv (hex) directly
    cert         REQUIRED: the certificate the manifest's signature must be
                 valid for (checked before anything is read or written);
                 None only when the caller has no certificate and has said
                 so to its user -- the signature is then not checked
    source_dir   where the parts are (default: the manifest's directory)
    open_part    open_part(BundlePart) -> binary file object: parts from
                 elsewhere (S3...); its SHA-1 is still checked
    progress     a ProgressMeter, fed with encrypted bytes read

    Raises BundleError on a bad or missing signature, a bad key, a corrupt
    manifest, a part or tar digest mismatch, a size mismatch, data after
    the tar archive or an unsafe tar member; no file that looks complete is
    left behind then.
    """
    if not isinstance(manifest, BundleManifest):
        if source_dir is None:
            source_dir = os.path.dirname(os.fspath(manifest)) or '.'
        manifest = BundleManifest.read(manifest)
    if cert is not None:
        manifest.check_signature(cert)
    name = safe_member_name(manifest.image_name)
    if enc_key and enc_iv:
        key = check_hex128(enc_key, 'encryption key')
        iv = check_hex128(enc_iv, 'encryption IV')
    elif privatekey is not None:
        key, iv = manifest.decrypt_key(privatekey)
    else:
        raise BundleError('a private key is needed to unbundle')
    stream = hasattr(destination, 'write')
    if stream:
        path = None
    elif os.path.isdir(destination):
        path = os.path.join(destination, name)
    else:
        path = destination
    if progress is not None and progress.total is None:
        progress.total = manifest.bundled_size

    def produce(fileobj):
        encrypted = part_chunks(manifest, source_dir, open_part, progress)
        result = _decode(encrypted, key, iv, fileobj, manifest.image_size)
        _check(*result, manifest.image_size, manifest.image_digest)
        return result

    try:
        if stream:
            produce(destination)
            destination.flush()
        else:
            _write_atomically(path, produce)
    finally:
        if progress is not None:
            progress.finish()
    return path


def unbundle_stream(infile, outfile, enc_key, enc_iv, *, image_size=None,
                    sha1_digest=None, progress=None):
    """Rebuild an image from the concatenated parts on INFILE (a binary file
    object) with a known key and IV (hex), without a manifest.

    outfile      a binary file object (written as it goes) or a file name
                 (written to a temporary name, renamed when all is well)
    image_size   expected image bytes; sha1_digest: expected tar SHA-1

    Returns UnbundleResult(path, name, size, digest).
    """
    key = check_hex128(enc_key, 'encryption key')
    iv = check_hex128(enc_iv, 'encryption IV')

    def produce(fileobj):
        result = _decode(read_chunks(infile, progress), key, iv, fileobj,
                         image_size)
        _check(*result, image_size, sha1_digest)
        return result

    try:
        if isinstance(outfile, (str, bytes, os.PathLike)):
            path = os.fsdecode(outfile)
            name, size, digest = _write_atomically(path, produce)
        else:
            path = None
            name, size, digest = produce(outfile)
            outfile.flush()
    finally:
        if progress is not None:
            progress.finish()
    return UnbundleResult(path, name, size, digest)
