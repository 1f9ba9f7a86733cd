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

from .manifest import BundleManifest
from .streams import BLOCK_SIZE, decrypt, gunzip, in_background
from .untar import check_size, extract_first_member
from .util import BundleError, check_hex128, safe_member_name

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
    check_size(size, expected_size)


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
