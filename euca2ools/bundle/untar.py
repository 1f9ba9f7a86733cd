"""The tar stream of a bundle, read as it is inflated: the first member
only, a regular file with a harmless name, written to the image file (with
holes for runs of zeros where that is safe), then nothing but the end of
the archive (at most MAX_TAR_TRAILER bytes of zeros).  unbundle() (extract.py)
feeds it."""

import hashlib
import os
import stat
import tarfile

from .streams import BLOCK_SIZE
from .util import BundleError

__all__ = ['MAX_TAR_TRAILER', 'check_size', 'extract_first_member']

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


def check_size(size, expected):
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
        check_size(info.size, expected_size)
        for piece in stream.pieces(info.size):
            out.write(piece)
        size = info.size
    elif info.type == tarfile.GNUTYPE_SPARSE:
        structs, size = _sparse_map(stream, info)
        check_size(size, expected_size)
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
