"""Tar and bundle builders for the bundle tests (family-specific helpers,
not shared fixtures).  Throwaway keys and certificates: testbed's
make_identity and make_identities (scripts/testbed.py)."""

import hashlib
import io
import struct
import tarfile
import zlib

from euca2ools.bundle.manifest import BundleManifest, BundlePart
from euca2ools.bundle.streams import (FINAL_EMPTY_BLOCK, GZIP_HEADER,
                                      Encryptor, parallel_gzip)


KEY_HEX, IV_HEX = '11' * 16, '22' * 16


def bundle_from_tar(tar_bytes, directory, name, key_cert, part_size=4096,
                    image_size=0):
    """Encrypt an arbitrary tar stream as a bundle (for hostile members):
    returns the manifest path."""
    return bundle_from_gzip(parallel_gzip([tar_bytes], threads=1),
                            hashlib.sha1(tar_bytes).hexdigest(), directory,
                            name, key_cert, part_size, image_size)


def bundle_from_gzip(gzip_pieces, tar_digest, directory, name, key_cert,
                     part_size=4096, image_size=0):
    """Encrypt a gzip stream (an iterable of pieces) as a bundle whose
    manifest says TAR_DIGEST and IMAGE_SIZE: returns the manifest path.
    The manifest is UNSIGNED."""
    enc = Encryptor(KEY_HEX, IV_HEX)
    data = b''.join(bytes(enc.update(piece)) for piece in gzip_pieces) + \
        enc.finish()
    manifest = BundleManifest()
    manifest.arch = 'x86_64'
    manifest.image_name = name
    manifest.account_id = '123456789012'
    manifest.image_digest = tar_digest
    manifest.image_size = image_size
    manifest.bundled_size = len(data)
    for index, start in enumerate(range(0, len(data), part_size)):
        piece = data[start:start + part_size]
        filename = f'{name}.part.{index:02}'
        (directory / filename).write_bytes(piece)
        manifest.parts.append(BundlePart(filename,
                                         hashlib.sha1(piece).hexdigest(),
                                         size=len(piece)))
    manifest.wrap_key(KEY_HEX, IV_HEX, key_cert[1], key_cert[1])
    path = directory / f'{name}.manifest.xml'
    manifest.write(str(path))
    return str(path)


def gzip_bomb(tar_bytes, zeros):
    """(gzip pieces, SHA-1 hex) of TAR_BYTES followed by ZEROS MiB of
    zeros, all in ONE valid gzip stream of about ZEROS KiB, built without
    ever holding (or deflating) the zeros: once deflate's window is all
    zeros, the sync-flushed blocks for each further MiB are identical, so
    one is repeated.  The SHA-1 covers everything, as if the tar stream
    really went on: only stopping early can refuse it quickly."""
    mib = bytes(1 << 20)
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    head = compressor.compress(tar_bytes) + \
        compressor.flush(zlib.Z_SYNC_FLUSH)
    first = compressor.compress(mib) + compressor.flush(zlib.Z_SYNC_FLUSH)
    repeat = compressor.compress(mib) + compressor.flush(zlib.Z_SYNC_FLUSH)
    assert repeat == compressor.compress(mib) + \
        compressor.flush(zlib.Z_SYNC_FLUSH)
    sha = hashlib.sha1(tar_bytes)
    crc = zlib.crc32(tar_bytes)
    for _ in range(zeros):
        sha.update(mib)
        crc = zlib.crc32(mib, crc)
    size = (len(tar_bytes) + zeros * len(mib)) & 0xFFFFFFFF

    def pieces():
        yield GZIP_HEADER + head + first
        for _ in range(zeros - 1):
            yield repeat
        yield FINAL_EMPTY_BLOCK + struct.pack('<II', crc, size)
    return pieces(), sha.hexdigest()


def tar_with(member, data=b''):
    """A tar stream holding one crafted member."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.GNU_FORMAT) as tar:
        member.size = len(data) if member.isreg() else 0
        tar.addfile(member, io.BytesIO(data) if member.isreg() else None)
    return buf.getvalue()
