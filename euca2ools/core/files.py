"""Files a command writes: never over one it did not create.

Every file a run produces is written under a temporary name made with
O_EXCL next to its final name, and put in place only when complete:

* without ``overwrite`` it is *linked* to the final name, which fails if
  anything exists there (a file, a symlink, a name another run just took),
  so an existing file is never replaced, not even by a race;
* with ``overwrite`` (the user asked for it) it is renamed over it.

``Created`` records what this run put in place, so that cleanup after a
failure removes those files and nothing else.

``sha256_of`` is the one SHA-256 of a file's contents.
"""

import errno
import os
import stat

from .errors import ClientError


class FileExists(ClientError):
    """The final name is taken by a file this run did not create."""


def sha256_of(path, chunk=1 << 20):
    """The hex SHA-256 of the file at PATH, read CHUNK bytes at a time."""
    import hashlib
    digest = hashlib.sha256()
    with open(path, 'rb') as fileobj:
        while data := fileobj.read(chunk):
            digest.update(data)
    return digest.hexdigest()


def temp_name(path):
    """A hidden name beside PATH that no other run will pick."""
    import secrets
    folder, base = os.path.split(path)
    return os.path.join(folder, f'.{base}.{secrets.token_hex(4)}.partial')


def open_temp(path, mode=0o644):
    """(file object, temporary path) for a file that will become PATH."""
    temp = temp_name(path)
    return open_exclusive(temp, path, mode), temp


def open_exclusive(temp, path, mode=0o644):
    """Create TEMP (a temp_name of PATH) with O_EXCL, for writing.  A
    caller that must clean up records TEMP before calling: an interrupt
    may come the moment the file exists; here it is removed again."""
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, 'O_NOFOLLOW', 0), mode)
    except OSError as err:
        raise ClientError(f'cannot write {path}: {err.strerror}')
    except BaseException:       # a signal right after the file was made
        remove_quietly(temp)
        raise
    try:
        return os.fdopen(fd, 'wb')
    except BaseException:
        os.close(fd)
        remove_quietly(temp)
        raise


def publish(temp, path, overwrite=False, hint=''):
    """Put the complete file TEMP in place as PATH (see the module doc);
    TEMP is gone afterwards, whatever happens."""
    try:
        if overwrite:
            os.replace(temp, path)
            return path
        try:
            os.link(temp, path)
        except FileExistsError:
            raise FileExists(f'{path} exists; refusing to replace a file '
                             f'this command did not create{hint}')
        except OSError as err:
            if err.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV,
                                 errno.EMLINK, errno.ENOSYS):
                raise
            _claim_then_replace(temp, path, hint)
        return path
    except FileExists:
        raise
    except OSError as err:
        raise ClientError(f'cannot write {path}: {err.strerror}')
    finally:
        remove_quietly(temp)


def _claim_then_replace(temp, path, hint):
    """For file systems without hard links: take the name with O_EXCL
    first, so it is ours, then rename over our own placeholder."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise FileExists(f'{path} exists; refusing to replace a file this '
                         f'command did not create{hint}')
    os.replace(temp, path)


def write_new(path, produce, *, overwrite=False, mode=0o644, hint=''):
    """Run PRODUCE(fileobj) into a temporary file and publish it as PATH;
    on any failure (Ctrl-C included) the temporary file is removed and PATH
    is untouched.  Returns what PRODUCE returned."""
    fileobj, temp = open_temp(path, mode)
    try:
        with fileobj:
            result = produce(fileobj)
    except OSError as err:
        remove_quietly(temp)
        raise ClientError(f'cannot write {path}: {err.strerror}')
    except BaseException:
        remove_quietly(temp)
        raise
    publish(temp, path, overwrite, hint)
    return result


def remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass


class Created:
    """The files this run put in place, to remove if the run fails."""

    def __init__(self):
        self.paths = []

    def add(self, path):
        self.paths.append(path)
        return path

    def remove_all(self):
        for path in reversed(self.paths):
            remove_quietly(path)
        self.paths = []


def read_bounded(path, limit, what='file', regular_only=False):
    """The bytes of PATH, at most LIMIT of them (more is an error, read no
    further: /dev/zero must not fill memory).  With REGULAR_ONLY anything
    but a regular file (a FIFO that would block, a device) is refused
    before it is read.  OSError propagates for the caller to word."""
    flags = os.O_RDONLY | (os.O_NONBLOCK if regular_only else 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, 'rb') as fileobj:
        if regular_only:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ClientError(f'{what} {path} is not a regular file')
            os.set_blocking(fd, True)
        data = fileobj.read(limit + 1)
    if len(data) > limit:
        raise ClientError(f'{what} {path} is larger than '
                          f'{_size_text(limit)}; refusing to read it')
    return data


def _size_text(size):
    for unit, scale in (('MiB', 2**20), ('KiB', 2**10)):
        if size >= scale and size % scale == 0:
            return f'{size // scale} {unit}'
    return f'{size} bytes'
