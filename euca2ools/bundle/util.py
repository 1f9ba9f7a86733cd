"""Constants, the bundle error and small helpers shared by the bundler."""

import os
import secrets

from euca2ools.core.errors import ClientError

DEFAULT_PART_SIZE = 10 * 1024 * 1024          # 10 MiB, as every bundler
EC2_BUNDLE_SIZE_LIMIT = 10 * 2 ** 30          # EC2 refuses bigger images
MANIFEST_VERSION = '2007-10-10'
BUNDLER_NAME = 'euca2ools'
BUNDLER_RELEASE = '0'
ENC_ALGORITHM = 'AES-128-CBC'
DIGEST_ALGORITHM = 'SHA1'


class BundleError(ClientError):
    """A bundle cannot be made or read; the message is one line."""


def generate_key_iv():
    """A fresh random AES key and IV, each 32 lowercase hex characters."""
    return secrets.token_hex(16), secrets.token_hex(16)


def check_hex128(value, what):
    """Normalise a 128-bit hex value (key or IV) to 32 lowercase digits."""
    text = value.decode('ascii', 'replace') if isinstance(value, bytes) \
        else str(value)
    text = text.strip().lower()
    if text.startswith('0x'):
        text = text[2:]
    try:
        number = int(text, 16)
    except ValueError:
        raise BundleError(f'{what} is not a hexadecimal number')
    if not text or number >= 1 << 128:
        raise BundleError(f'{what} must be at most 128 bits (32 hex digits)')
    return f'{number:032x}'


def safe_member_name(name, what='image name', hidden_ok=False):
    """A name we may create in the destination directory: one plain
    path component, no '..', no absolute path, and -- unless the user
    chose it (HIDDEN_OK) -- no leading '.', so that a name a server sent
    can never be a dotfile such as .bashrc."""
    if not name or name in ('.', '..') or '/' in name or '\\' in name \
            or '\0' in name or (name.startswith('.') and not hidden_ok) \
            or any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise BundleError(f'refusing unsafe {what} {name!r}')
    return name


def remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass
