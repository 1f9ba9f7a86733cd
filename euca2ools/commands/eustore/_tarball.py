"""An image tarball from a catalog: which members are the kernel, the
ramdisk and the machine image, and the 2011 catalog's checksum of it."""

import binascii
import hashlib
import os
import shutil
import tarfile

from euca2ools.core import ClientError

CHUNK = 1024 * 1024


def is_kernel(name):
    return 'vmlinu' in os.path.basename(name)


def is_ramdisk(name):
    base = os.path.basename(name)
    return any(word in base for word in ('initrd', 'initramfs', 'loader'))


def is_image(name):
    return name.endswith(('.img', '.raw')) and not is_ramdisk(name) \
        and not is_kernel(name)


def legacy_checksum(path):
    """The 2011 catalog's 'name': CRC32 of the tarball's MD5 hex digest."""
    md5 = hashlib.md5()
    with open(path, 'rb') as fileobj:
        for chunk in iter(lambda: fileobj.read(CHUNK), b''):
            md5.update(chunk)
    crc = binascii.crc32(md5.hexdigest().encode('ascii')) & 0xffffffff
    return str(crc).rjust(10, '0')


class TarballLayout:
    """Which members of an image tarball are the kernel, ramdisk and image.

    ``<dir>/<name>.img`` (or .raw) is the machine image; kernels (``vmlinu``)
    and ramdisks (``initrd``/``initramfs``/``loader``) sit either at the top
    (one kernel for every hypervisor) or in ``<dir>/<hypervisor>-kernel/``.
    """

    def __init__(self, path):
        try:
            with tarfile.open(path, 'r:*') as tar:
                self.members = [m for m in tar.getmembers() if m.isfile()]
        except (tarfile.TarError, OSError, EOFError) as err:
            raise ClientError(f'{path} is not a readable image tarball: '
                              f'{err}')
        self.path = path
        names = [m.name for m in self.members]
        common = os.path.commonpath(names) if names else ''
        if len(names) == 1:
            common = os.path.dirname(names[0])
        self.top = common
        self.hypervisors = sorted({
            os.path.basename(os.path.dirname(n))[:-len('-kernel')]
            for n in names
            if os.path.basename(os.path.dirname(n)).endswith('-kernel')})

    def _in_dir(self, directory):
        return [m for m in self.members
                if os.path.dirname(m.name) == directory]

    def pick(self, hypervisor):
        """(kernel member, ramdisk member, image member); kernel and ramdisk
        may be None (an hvm image)."""
        images = [m for m in self.members if is_image(m.name)]
        if not images:
            raise ClientError(f'{os.path.basename(self.path)} holds no '
                              'machine image (*.img or *.raw)')
        if hypervisor in (None, 'universal') or not self.hypervisors:
            search = self._in_dir(self.top)
        else:
            search = self._in_dir(os.path.join(self.top,
                                               f'{hypervisor}-kernel'))
            if not search:
                raise ClientError(
                    f'the tarball has no kernel for hypervisor '
                    f'{hypervisor!r} (it has: {", ".join(self.hypervisors)})')
        kernel = next((m for m in search if is_kernel(m.name)), None)
        ramdisk = next((m for m in search if is_ramdisk(m.name)), None)
        return kernel, ramdisk, images[0]

    def extract(self, member, directory):
        """Write one member as DIRECTORY/<basename> (nothing else, no
        paths from the archive)."""
        target = os.path.join(directory, os.path.basename(member.name))
        try:
            with tarfile.open(self.path, 'r:*') as tar:
                source = tar.extractfile(member.name)
                with open(target, 'wb') as out:
                    shutil.copyfileobj(source, out, CHUNK)
        except OSError as err:
            raise ClientError(f'cannot extract {member.name} into '
                              f'{directory}: {err.strerror}')
        except (tarfile.TarError, EOFError) as err:
            raise ClientError(f'{self.path} is not a readable image '
                              f'tarball: {err}')
        return target
