"""Making a bundle: image -> tar -> SHA-1 -> gzip -> AES -> parts, manifest."""

import hashlib
import os
import stat

from euca2ools.core.files import (FileExists, open_exclusive, publish,
                                  temp_name)

from . import crypto
from .manifest import BundleManifest, BundlePart
from .streams import Encryptor, in_background, parallel_gzip, tar_blocks
from .util import (DEFAULT_PART_SIZE, BundleError, check_hex128,
                   generate_key_iv, remove_quietly, safe_member_name)


class BundleResult:
    """What create_bundle() made."""

    def __init__(self, manifest_path, parts, manifest):
        self.manifest_path = manifest_path
        self.parts = parts                # [BundlePart], in order
        self.manifest = manifest          # BundleManifest

    def __iter__(self):                   # manifest_path, parts = result
        return iter((self.manifest_path, self.parts))


class PartWriter:
    """Cuts a byte stream into PREFIX.part.NN files of PART_SIZE bytes in
    DIRECTORY, hashing each; never leaves an empty trailing part.  Each is
    written under a name of this run's own (core/files.py) and put in
    place when complete, never over an existing file, so two runs bundling
    the same image into one directory cannot mix their parts, and a part
    under its final name is always whole.  ON_PART(part) is called (on the
    writing thread) as soon as a part is in place."""

    def __init__(self, directory, prefix, part_size=DEFAULT_PART_SIZE,
                 on_part=None):
        if part_size < 1:
            raise BundleError('the part size must be positive')
        self.directory = directory
        self.prefix = prefix
        self.part_size = part_size
        self.on_part = on_part
        self.parts = []
        self.paths = []
        self._file = None
        self._sha = None
        self._size = 0
        self._publishing = None     # (temp, final) while a part is linked

    def final_path(self, index):
        return os.path.join(self.directory,
                            f'{self.prefix}.part.{index:02}')

    def _open(self):
        final = self.final_path(len(self.parts))
        temp = temp_name(final)
        self.paths.append(temp)         # before it exists: see discard()
        self._file = open_exclusive(temp, final)
        self._sha = hashlib.sha1()
        self._size = 0

    def _close_part(self):
        index = len(self.parts)
        try:
            self._file.close()
        except OSError as err:
            raise BundleError(f'cannot write {self.final_path(index)}: '
                              f'{err.strerror}')
        self._file = None
        final = self.final_path(index)
        self._publishing = (self.paths[-1], final)
        try:
            publish(self.paths[-1], final, hint=BUNDLE_EXISTS_HINT)
        except FileExists:
            self._publishing = None     # the name was never ours
            raise
        self.paths[-1] = final
        self._publishing = None
        part = BundlePart(os.path.basename(final), self._sha.hexdigest(),
                          size=self._size, path=final, index=index)
        self.parts.append(part)
        if self.on_part is not None:
            self.on_part(part)

    def write(self, data):
        view = memoryview(data)
        while len(view):
            if self._file is None:
                self._open()
            room = self.part_size - self._size
            piece = view[:room]
            try:
                self._file.write(piece)
            except OSError as err:
                raise BundleError(f'cannot write '
                                  f'{self.final_path(len(self.parts))}: '
                                  f'{err.strerror}')
            self._sha.update(piece)
            self._size += len(piece)
            view = view[room:]
            if self._size >= self.part_size:
                self._close_part()

    def close(self):
        if self._file is not None:
            self._close_part()
        return self.parts

    def discard(self):
        """Remove every part this run wrote (after a failure): the one
        being written and those put in place."""
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None
        if self._publishing is not None:
            # Interrupted while a part was being linked into place: its
            # final name is ours if the link was made (the temporary file
            # is gone, or is that same file), never otherwise.
            temp, final = self._publishing
            try:
                ours = (not os.path.exists(temp)
                        or os.path.samefile(temp, final))
            except OSError:
                ours = False
            if ours:
                remove_quietly(final)
        for path in self.paths:
            remove_quietly(path)


BUNDLE_EXISTS_HINT = (' (another bundle with this prefix is there: remove '
                      'it, or choose another prefix or directory)')


def encode_image(fileobj, name, size, key_hex, iv_hex, write, level=6,
                 threads=None, progress=None):
    """The bundle's byte stream: tar of one member NAME (SIZE bytes from
    FILEOBJ), gzip, AES-128-CBC; every encrypted piece goes to WRITE(view)
    (the view is only valid during the call).  Returns the hex SHA-1 of the
    tar stream."""
    tar_sha = hashlib.sha1()
    encryptor = Encryptor(key_hex, iv_hex)
    blocks = tar_blocks(fileobj, name, size, progress=progress)
    # Reading + the tar SHA-1 + feeding the deflate pool run on one thread,
    # encrypting + writing the parts on this one: both overlap compression.
    pieces = in_background(parallel_gzip(blocks, level=level,
                                         threads=threads,
                                         on_block=tar_sha.update),
                           maxsize=4, name='tar-gzip')
    try:
        for piece in pieces:
            write(encryptor.update(piece))
    finally:
        pieces.close()
    write(encryptor.finish())
    return tar_sha.hexdigest()


def check_image_file(path):
    """An image to bundle is a regular file or a block device: a FIFO would
    block (or be read without a known size), and a character device
    (/dev/null, /dev/zero) is no disk image."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise BundleError(f'cannot read image {path}: {err.strerror}')
    if not (stat.S_ISREG(mode) or stat.S_ISBLK(mode)):
        raise BundleError(f'image {path} is not a file or a block device; '
                          'to bundle a stream, give it on stdin (-i -) with '
                          '--image-size and a prefix')


def _open_image(image, prefix, image_size):
    """(file object, prefix, size, should_close) for a path or an open
    binary file."""
    if isinstance(image, (str, bytes, os.PathLike)):
        path = os.fsdecode(image)
        check_image_file(path)
        try:
            fileobj = open(path, 'rb')
        except OSError as err:
            raise BundleError(f'cannot read image {path}: {err.strerror}')
        if image_size is None:
            mode = os.fstat(fileobj.fileno()).st_mode
            if stat.S_ISREG(mode):
                image_size = os.fstat(fileobj.fileno()).st_size
            else:                                  # a block device
                image_size = fileobj.seek(0, os.SEEK_END)
                fileobj.seek(0)
        return fileobj, prefix or os.path.basename(path), image_size, True
    if not prefix or image_size is None:
        raise BundleError('a prefix and an image size are required to '
                          'bundle a stream')
    return image, prefix, image_size, False


def create_bundle(image, destination, arch, *, ec2cert, user=None,
                  cert=None, privatekey=None, prefix=None, image_size=None,
                  image_type='machine', kernel_id=None, ramdisk_id=None,
                  block_device_mappings=None, product_codes=None,
                  part_size=DEFAULT_PART_SIZE, enc_key=None, enc_iv=None,
                  on_part=None, progress=None, level=6, threads=None):
    """Bundle IMAGE into DESTINATION (a directory) and write the manifest.

    image         a file name, or an open binary file (then PREFIX and
                  IMAGE_SIZE are required: stdin, a download...)
    arch          i386, x86_64, armhf, ppc, ppc64 or ppc64le
    ec2cert       the cloud's certificate (required); cert: the user's,
                  so the user can unbundle too; privatekey signs the
                  manifest (without one it says UNSIGNED)
    user          the account ID (dashes are removed)
    prefix        bundle file prefix and tar member name (default: the
                  image's base name)
    image_type    machine, kernel or ramdisk; kernel_id / ramdisk_id,
                  block_device_mappings ({virtual: device}) and
                  product_codes go into <machine_configuration>
    part_size     bytes per part (10 MiB)
    enc_key/iv    32-hex overrides (default: random)
    on_part       called with each BundlePart as soon as its file is
                  complete (e.g. to upload it); it may block to throttle
    progress      a ProgressMeter fed with image bytes read
    level         gzip level; threads: compression threads (default: CPUs)

    Returns BundleResult(manifest_path, parts, manifest).  On any failure,
    or Ctrl-C, the parts and manifest written so far are removed.
    """
    if not os.path.isdir(destination):
        raise BundleError(f'destination {destination} is not a directory')
    ec2cert = crypto.load_certificate(ec2cert, 'cloud certificate')
    if cert is not None:
        cert = crypto.load_certificate(cert, 'user certificate')
    if privatekey is not None:
        privatekey = crypto.load_private_key(privatekey)
    if cert is not None and privatekey is not None and \
            not crypto.same_key(cert, privatekey):
        # Unbundling checks the signature against the certificate: a bundle
        # signed with another key would be refused only then.
        raise BundleError('the private key does not match the user '
                          'certificate (-c/--cert and -k/--privatekey, or '
                          'EC2_CERT and EC2_PRIVATE_KEY): the bundle could '
                          'not be unbundled')
    key, iv = generate_key_iv()
    key = check_hex128(enc_key, 'encryption key') if enc_key else key
    iv = check_hex128(enc_iv, 'encryption IV') if enc_iv else iv
    fileobj, prefix, size, should_close = _open_image(image, prefix,
                                                      image_size)
    safe_member_name(prefix, 'bundle prefix', hidden_ok=True)
    if progress is not None and progress.total is None:
        progress.total = size
    manifest_path = os.path.join(destination, prefix + '.manifest.xml')
    if os.path.lexists(manifest_path):
        raise FileExists(f'{manifest_path} exists; refusing to replace a '
                         f'file this command did not create'
                         f'{BUNDLE_EXISTS_HINT}')
    writer = PartWriter(destination, prefix, part_size, on_part)
    try:
        digest = encode_image(fileobj, prefix, size, key, iv, writer.write,
                              level=level, threads=threads,
                              progress=progress)
        parts = writer.close()
        manifest = BundleManifest()
        manifest.arch = arch
        manifest.kernel_id = kernel_id
        manifest.ramdisk_id = ramdisk_id
        manifest.block_device_mappings = dict(block_device_mappings or {})
        manifest.product_codes = list(product_codes or [])
        manifest.image_name = prefix
        manifest.account_id = (user or '').replace('-', '')
        manifest.image_type = image_type
        manifest.image_digest = digest
        manifest.image_size = size
        manifest.bundled_size = sum(part.size for part in parts)
        manifest.parts = parts
        manifest.wrap_key(key, iv, ec2cert, cert)
        # The manifest goes in place last: a manifest beside parts means
        # the bundle is whole.
        manifest.write(manifest_path, privatekey)
    except BaseException:
        writer.discard()
        raise
    finally:
        if should_close:
            fileobj.close()
        if progress is not None:
            progress.finish()
    return BundleResult(manifest_path, parts, manifest)
