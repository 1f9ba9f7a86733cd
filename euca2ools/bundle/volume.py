"""A disk image from a directory tree (euca-bundle-vol), without root.

The tree is staged (hard links where possible, copies otherwise) without
the excluded paths, then ``mkfs.ext4 -d STAGING`` builds the filesystem
straight into a sparse image file, at an offset behind an MBR or GPT
partition table that we write ourselves.  No loop devices, no mount, no
rsync, no parted.

Exclude patterns follow rsync's rules as euca2ools' list uses them: a
pattern starting with ``/`` is anchored at the volume's root, one holding
another ``/`` matches the end of a path, a bare name matches any file name;
``DIR/**`` excludes what is in DIR but keeps DIR itself.  Includes win.
"""

import fnmatch
import os
import shutil
import stat
import struct
import subprocess
import uuid
import zlib

from .util import BundleError

DEFAULT_EXCLUDES = (
    '*~', '*.nfs*', '*.pem', '*.priv', '*.sw', '*.swo', '*.swp', '*.gpg',
    '*.jks', '*id_dsa*', '*id_rsa*', '.bash_history', '.gnupg/**',
    '.ssh/authorized_keys', '.zsh_history', '/dev/**',
    '/etc/udev/rules.d/*-persistent-net.rules', '/media/**', '/mnt/**',
    '/proc/**', '/sys/**')
# Always left out when bundling a live root: runtime state and scratch.
ROOT_EXCLUDES = ('/tmp/**', '/run/**', '/var/run/**', '/var/tmp/**',
                 '/var/cache/**')
FSTAB_TEMPLATE = (
    '/dev/sda1 /        auto   defaults       1 1\n'
    '/dev/sdb  /mnt     auto   nofail         2 0\n'
    'none      /dev/pts devpts gid=5,mode=620 0 0\n'
    'none      /proc    proc   defaults       0 0\n'
    'none      /sys     sysfs  defaults       0 0\n')
LOCAL_FILESYSTEMS = frozenset((
    'ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'jfs', 'reiserfs', 'vfat',
    'f2fs', 'zfs', 'overlay'))
SECTOR = 512
PARTITION_START = 2048             # sectors: 1 MiB alignment


class PathFilter:
    def __init__(self, excludes=(), includes=()):
        self.excludes = [self._compile(p) for p in excludes if p]
        self.includes = [self._compile(p) for p in includes if p]

    @staticmethod
    def _compile(pattern):
        contents_only = pattern.endswith('/**')
        if contents_only:
            pattern = pattern[:-3]
        pattern = pattern.rstrip('/') or '/'
        return pattern, contents_only

    @staticmethod
    def _matches(rule, path):
        """PATH is '/'-rooted relative to the volume (e.g. '/etc/fstab')."""
        pattern, contents_only = rule
        candidates = []
        if pattern.startswith('/'):
            candidates.append(path)
        elif '/' in pattern:
            parts = path.split('/')
            candidates.extend('/'.join(parts[i:]) for i in range(1,
                                                                 len(parts)))
        else:
            candidates.append(path.rsplit('/', 1)[-1])
        for candidate in candidates:
            if contents_only:
                # Inside a matching directory, not the directory itself.
                head = candidate
                while '/' in head.strip('/'):
                    head = head.rsplit('/', 1)[0]
                    if fnmatch.fnmatchcase(head, pattern):
                        return True
            elif fnmatch.fnmatchcase(candidate, pattern):
                return True
        return False

    def excluded(self, path):
        if any(self._matches(rule, path) for rule in self.includes):
            return False
        return any(self._matches(rule, path) for rule in self.excludes)


def nonlocal_mounts(volume):
    """Mount points below VOLUME whose filesystem is not a local disk one
    (proc, sysfs, tmpfs, nfs, ...)."""
    volume = os.path.realpath(volume)
    points = []
    try:
        with open('/proc/self/mounts', encoding='utf-8') as mounts:
            for line in mounts:
                fields = line.split()
                if len(fields) < 3:
                    continue
                point = fields[1].replace('\\040', ' ')
                if fields[2] in LOCAL_FILESYSTEMS:
                    continue
                if point != volume and point.startswith(
                        volume.rstrip('/') + '/'):
                    points.append(point)
    except OSError:
        pass
    return points


def stage_tree(volume, staging, path_filter, skip=()):
    """Mirror VOLUME into STAGING (hard links, else copies), leaving out
    what PATH_FILTER excludes and the real paths in SKIP.  Returns the
    number of files staged."""
    volume = os.path.realpath(volume)
    skip = {os.path.realpath(p) for p in skip}
    count = 0

    def walk(src, dst, rel):
        nonlocal count
        try:
            entries = sorted(os.scandir(src), key=lambda e: e.name)
        except OSError as err:
            raise BundleError(f'cannot read {src}: {err.strerror}')
        for entry in entries:
            path = os.path.join(src, entry.name)
            relpath = f'{rel}/{entry.name}'
            if path in skip or path_filter.excluded(relpath):
                continue
            target = os.path.join(dst, entry.name)
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                os.mkdir(target)
                walk(path, target, relpath)
                _copy_metadata(info, target)
            elif stat.S_ISLNK(info.st_mode):
                os.symlink(os.readlink(path), target)
                count += 1
            elif stat.S_ISREG(info.st_mode):
                try:
                    os.link(path, target)
                except OSError:
                    try:
                        shutil.copy2(path, target)
                    except OSError as err:
                        raise BundleError(f'cannot copy {path}: '
                                          f'{err.strerror}')
                    _copy_metadata(info, target)
                count += 1
            # sockets, FIFOs and devices are left out: /dev is rebuilt at
            # boot and the rest is runtime state.

    os.makedirs(staging, exist_ok=True)
    walk(volume, staging, '')
    _copy_metadata(os.stat(volume), staging)
    return count


def _copy_metadata(info, target):
    try:
        os.chmod(target, stat.S_IMODE(info.st_mode))
        if os.geteuid() == 0:
            os.lchown(target, info.st_uid, info.st_gid)
        os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns),
                 follow_symlinks=False)
    except OSError:
        pass


MAX_LINKS = 40


def resolve_inside(root, relpath):
    """The path of RELPATH in the staged tree ROOT, its symbolic links
    followed as the image will follow them -- with ROOT as '/': an absolute
    link starts again at ROOT and '..' stops there -- so that nothing
    written into the image can land outside it."""
    pending = [part for part in relpath.split('/') if part not in ('', '.')]
    resolved = []
    links = 0
    while pending:
        name = pending.pop(0)
        if name == '..':
            if resolved:
                resolved.pop()
            continue
        candidate = os.path.join(root, *resolved, name)
        if os.path.islink(candidate):
            links += 1
            if links > MAX_LINKS:
                raise BundleError(f'cannot place {relpath} in the volume: '
                                  'too many symbolic links')
            target = os.readlink(candidate)
            if target.startswith('/'):
                resolved = []
            pending = [part for part in target.split('/')
                       if part not in ('', '.')] + pending
            continue
        resolved.append(name)
    return os.path.join(root, *resolved)


def install_file(staging, relpath, content=None, source=None):
    """Put a file into the staged tree: through its symbolic links as the
    image sees them (resolve_inside), never outside it, replacing a hard
    link rather than writing through it."""
    target = resolve_inside(staging, relpath)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.lexists(target):
            os.unlink(target)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, 'O_NOFOLLOW', 0), 0o644)
    except OSError as err:
        raise BundleError(f'cannot write {relpath} in the volume: '
                          f'{err.strerror}')
    with os.fdopen(fd, 'wb') as fileobj:
        if source is not None:
            try:
                with open(source, 'rb') as src:
                    shutil.copyfileobj(src, fileobj)
            except OSError as err:
                raise BundleError(f'cannot copy {source}: {err.strerror}')
        else:
            fileobj.write(content.encode('utf-8'))
    os.chmod(target, 0o644)


# -- partition tables ---------------------------------------------------------

def _mbr(entries, disk_id=None):
    """A 512-byte MBR; ENTRIES = [(boot, type, first_lba, sectors)]."""
    sector = bytearray(SECTOR)
    if disk_id is not None:
        sector[440:444] = struct.pack('<I', disk_id)
    for index, (boot, ptype, first, count) in enumerate(entries):
        entry = struct.pack('<B3sB3sII', 0x80 if boot else 0,
                            b'\xfe\xff\xff', ptype, b'\xfe\xff\xff',
                            first, min(count, 0xFFFFFFFF))
        sector[446 + 16 * index:462 + 16 * index] = entry
    sector[510:512] = b'\x55\xaa'
    return bytes(sector)


def _gpt_write(fileobj, sectors, partitions):
    """Protective MBR + primary and backup GPT.  PARTITIONS = [(number,
    type GUID, first, last, name)]."""
    entries = bytearray(128 * 128)
    for number, type_guid, first, last, name in partitions:
        entry = (uuid.UUID(type_guid).bytes_le + uuid.uuid4().bytes_le
                 + struct.pack('<QQQ', first, last, 0)
                 + name.encode('utf-16-le').ljust(72, b'\0'))
        entries[128 * (number - 1):128 * number] = entry
    entries_crc = zlib.crc32(entries)
    disk_guid = uuid.uuid4().bytes_le
    last_usable = sectors - 34

    def header(current, backup, entries_lba):
        fields = struct.pack('<8sIIIIQQQQ16sQIII', b'EFI PART', 0x00010000,
                             92, 0, 0, current, backup, 34, last_usable,
                             disk_guid, entries_lba, 128, 128, entries_crc)
        crc = zlib.crc32(fields)
        fields = fields[:16] + struct.pack('<I', crc) + fields[20:]
        return fields.ljust(SECTOR, b'\0')

    fileobj.seek(0)
    fileobj.write(_mbr([(False, 0xEE, 1, sectors - 1)]))
    fileobj.write(header(1, sectors - 1, 2))
    fileobj.write(entries)
    fileobj.seek((sectors - 33) * SECTOR)
    fileobj.write(entries)
    fileobj.write(header(sectors - 1, 1, sectors - 33))


LINUX_FS_GUID = '0FC63DAF-8483-4772-8E79-3D69E7D47D8E'
BIOS_BOOT_GUID = '21686148-6449-6E6F-744E-656564454649'


def create_disk_image(path, size, partition='none'):
    """A sparse SIZE-byte file with the partition table asked for; returns
    (filesystem offset, filesystem size) in bytes."""
    sectors = size // SECTOR
    if sectors < PARTITION_START + 8192:
        raise BundleError('the image size is too small')
    try:
        with open(path, 'wb') as fileobj:
            fileobj.truncate(sectors * SECTOR)
            if partition == 'mbr':
                count = sectors - PARTITION_START
                fileobj.write(_mbr([(True, 0x83, PARTITION_START, count)],
                                   uuid.uuid4().int & 0xFFFFFFFF))
                return PARTITION_START * SECTOR, count * SECTOR
            if partition == 'gpt':
                # 1: the filesystem; 128: 1 MiB BIOS boot (as upstream).
                bios_first = PARTITION_START
                first = bios_first + 2048
                last = sectors - 34
                _gpt_write(fileobj, sectors, [
                    (1, LINUX_FS_GUID, first, last, 'Image'),
                    (128, BIOS_BOOT_GUID, bios_first, first - 1,
                     'BIOS Boot')])
                return first * SECTOR, (last - first + 1) * SECTOR
            return 0, sectors * SECTOR
    except OSError as err:
        raise BundleError(f'cannot create {path}: {err.strerror}')


def make_ext4(image, offset, size, staging, label=None, mkfs='mkfs.ext4'):
    """Build an ext4 filesystem holding STAGING into IMAGE at OFFSET."""
    command = [mkfs, '-q', '-F', '-t', 'ext4', '-d', staging]
    if offset:
        command += ['-E', f'offset={offset}']
    if label:
        command += ['-L', label[:16]]
    command += [image, f'{size // 1024}k']
    try:
        proc = subprocess.run(command, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)
    except OSError as err:
        raise BundleError(f'cannot run {mkfs}: {err.strerror}')
    if proc.returncode != 0:
        message = (proc.stderr or proc.stdout).strip().splitlines()
        raise BundleError(f'{mkfs} failed: '
                          + (message[-1] if message else
                             f'exit status {proc.returncode}'))
