""".euimage packs (TECH PREVIEW): an uncompressed tar of pack-md.yml,
image-md.yml and image.xz, in that order.

pack-md.yml::

    image:
      sha256sum: <SHA-256 of the uncompressed image>
      size: <bytes>
    image_metadata:
      sha256sum: <SHA-256 of image-md.yml>
    version: 1

image-md.yml is the user's metadata file, kept verbatim: name, version,
release, arch, description (required), epoch (optional), and profiles
(a mapping; ``default`` for one).  A profile has ``bundle: {arch}``,
``register: {arch, description, platform, virtualization-type,
block-device-mappings}`` and ``tag: {key: value}``.

PyYAML is not a dependency: ``load_yaml`` reads the block-style subset
those files use (mappings, lists, plain/quoted scalars, ``|``/``>``
block scalars, comments, JSON-style flow collections), ``dump_yaml``
writes block-style mappings of scalars.
"""

import hashlib
import io
import json
import lzma
import os
import re
import tarfile

from euca2ools.core.files import open_temp, publish, remove_quietly
from euca2ools.core import ClientError

PACK_MD = 'pack-md.yml'
IMAGE_MD = 'image-md.yml'
IMAGE_XZ = 'image.xz'
CHUNK = 1024 * 1024
REQUIRED_MD = ('name', 'version', 'release', 'arch', 'description',
               'profiles')
KNOWN_MD = REQUIRED_MD + ('epoch',)


class PackError(ClientError):
    pass


# -- a YAML subset ------------------------------------------------------------

_INT = re.compile(r'^[-+]?\d+$')
_FLOAT = re.compile(r'^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$')


def _scalar(text):
    text = text.strip()
    if not text or text in ('~', 'null', 'Null', 'NULL'):
        return None
    if text[0] == '"':
        try:
            return json.loads(text)
        except ValueError:
            raise PackError(f'bad double-quoted YAML string: {text}')
    if text[0] == "'":
        if len(text) < 2 or text[-1] != "'":
            raise PackError(f'bad single-quoted YAML string: {text}')
        return text[1:-1].replace("''", "'")
    if text[0] in '[{':
        try:
            return json.loads(text)
        except ValueError:
            return _flow(text)
    if text in ('true', 'True', 'TRUE', 'yes', 'Yes', 'on', 'On'):
        return True
    if text in ('false', 'False', 'FALSE', 'no', 'No', 'off', 'Off'):
        return False
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def _flow(text):
    """Flow collections with unquoted words: [a, b] / {k: v}."""
    inner = text[1:-1].strip()
    items = [item.strip() for item in inner.split(',')] if inner else []
    if text[0] == '[':
        return [_scalar(item) for item in items]
    result = {}
    for item in items:
        key, sep, value = item.partition(':')
        if not sep:
            raise PackError(f'bad YAML flow mapping: {text}')
        result[str(_scalar(key))] = _scalar(value)
    return result


def _strip_comment(line):
    if '#' not in line:
        return line
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in '"\'':
            quote = char
        elif char == '#' and (index == 0 or line[index - 1] in ' \t'):
            return line[:index]
    return line


def load_yaml(text):
    """Parse the block-style YAML subset described in the module doc."""
    raw = text.splitlines()
    lines = []      # (indent, content, raw index)
    for number, line in enumerate(raw):
        if line.strip() in ('---', '...'):
            continue
        content = _strip_comment(line).rstrip()
        if content.strip():
            lines.append((len(content) - len(content.lstrip(' ')),
                          content.strip(), number))
    if not lines:
        return None
    value, pos = _block(lines, 0, lines[0][0], raw)
    if pos != len(lines):
        raise PackError(f'YAML: unexpected indentation at line '
                        f'{lines[pos][2] + 1}')
    return value


def _block_scalar(style, lines, pos, parent_indent, raw, start):
    """A | or > scalar: the raw lines indented more than the parent."""
    body = []
    number = start + 1
    while number < len(raw):
        line = raw[number]
        if line.strip() and len(line) - len(line.lstrip(' ')) <= parent_indent:
            break
        body.append(line)
        number += 1
    while pos < len(lines) and lines[pos][2] < number:
        pos += 1
    while body and not body[-1].strip():
        body.pop()
    indents = [len(b) - len(b.lstrip(' ')) for b in body if b.strip()]
    cut = min(indents) if indents else 0
    body = [b[cut:] for b in body]
    keep = style.endswith('+')
    if style.startswith('|'):
        text = '\n'.join(body)
    else:
        text = ' '.join(b.strip() if b.strip() else '\n' for b in body)
        text = text.replace(' \n ', '\n')
    if not style.endswith('-') or keep:
        text += '\n'
    return text, pos


def _value_after(rest, lines, pos, indent, raw, start):
    """The value of ``key: rest`` or ``- rest``: inline, block scalar or a
    nested block on the following lines."""
    if rest and rest[0] in '|>':
        return _block_scalar(rest, lines, pos, indent, raw, start)
    if rest:
        return _scalar(rest), pos
    if pos < len(lines) and (lines[pos][0] > indent or (
            lines[pos][0] == indent and lines[pos][1].startswith('- '))):
        return _block(lines, pos, lines[pos][0], raw)
    return None, pos


def _block(lines, pos, indent, raw):
    if lines[pos][1].startswith('- ') or lines[pos][1] == '-':
        result = []
        while pos < len(lines) and lines[pos][0] == indent and (
                lines[pos][1].startswith('- ') or lines[pos][1] == '-'):
            _, content, number = lines[pos]
            rest = content[1:].strip()
            pos += 1
            if rest and re.match(r'^[^\'"\[{][^:]*:(\s|$)', rest):
                # "- key: value" starts a mapping inside the list
                inner = indent + 2
                lines.insert(pos, (inner, rest, number))
                value, pos = _block(lines, pos, inner, raw)
            else:
                value, pos = _value_after(rest, lines, pos, indent, raw,
                                          number)
            result.append(value)
        return result, pos
    result = {}
    while pos < len(lines) and lines[pos][0] == indent:
        _, content, number = lines[pos]
        match = re.match(r'^("[^"]*"|\'[^\']*\'|[^:]+?)\s*:(?:\s+(.*)|$)',
                         content)
        if not match:
            raise PackError(f'YAML: expected "key: value" at line '
                            f'{number + 1}')
        key = str(_scalar(match.group(1)))
        pos += 1
        value, pos = _value_after((match.group(2) or '').strip(), lines,
                                  pos, indent, raw, number)
        result[key] = value
    return result, pos


def dump_yaml(data, indent=0):
    """Block-style YAML for nested mappings of scalars (sorted keys)."""
    out = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, dict):
            out.append(f'{" " * indent}{key}:\n{dump_yaml(value, indent + 2)}')
        else:
            out.append(f'{" " * indent}{key}: {json.dumps(value)}\n')
    return ''.join(out)


# -- packs --------------------------------------------------------------------

class ImageMetadata:
    def __init__(self, data, source=IMAGE_MD):
        if not isinstance(data, dict):
            raise PackError(f'{source}: expected a mapping')
        missing = [key for key in REQUIRED_MD if data.get(key) in (None, '')]
        if missing:
            raise PackError(f'{source}: missing {", ".join(missing)}')
        unknown = sorted(set(data) - set(KNOWN_MD))
        if unknown:
            raise PackError(f'{source}: unknown keys {", ".join(unknown)}')
        if not isinstance(data['profiles'], dict) or not data['profiles']:
            raise PackError(f'{source}: profiles must be a non-empty mapping')
        epoch = data.get('epoch')
        if epoch is not None and (not isinstance(epoch, int) or epoch < 0):
            raise PackError(f'{source}: epoch must be an integer >= 0')
        self.data = data
        for key in KNOWN_MD:
            setattr(self, key, data.get(key))
        self.description = str(self.description).rstrip('\n')

    @property
    def nvra(self):
        version = f'{self.epoch}:{self.version}' if self.epoch else \
            str(self.version)
        return f'{self.name}-{version}-{self.release}.{self.arch}'

    def profile(self, name):
        if name not in self.profiles:
            raise PackError(f'no such profile: "{name}" (choose from '
                            f'{", ".join(sorted(self.profiles))})')
        profile = self.profiles[name] or {}
        if not isinstance(profile, dict):
            raise PackError(f'profile {name} must be a mapping')
        if 'bundle' not in profile:
            raise PackError(f'profile {name} has no "bundle" section; only '
                            'instance-store profiles are supported')
        return profile


def build_pack(image_path, md_path, dest_dir='.', progress=None):
    """Write NAME-VERSION-RELEASE.ARCH.euimage; return its path."""
    try:
        with open(md_path, 'rb') as fileobj:
            md_bytes = fileobj.read()
        image_size = os.path.getsize(image_path)
    except OSError as err:
        raise PackError(f'cannot read {err.filename}: {err.strerror}')
    metadata = ImageMetadata(load_yaml(md_bytes.decode('utf-8')), md_path)
    for name in metadata.profiles:
        metadata.profile(name)
    pack_path = os.path.join(dest_dir, f'{metadata.nvra}.euimage')
    # Both files are this run's own until the pack is whole; then it is
    # linked into place, never over an existing pack (core/files.py).
    xz_file, xz_path = open_temp(pack_path + '.xz')
    pack_file, pack_temp = open_temp(pack_path)
    image_digest = hashlib.sha256()
    try:
        with open(image_path, 'rb') as src, \
                lzma.open(xz_file, 'wb', preset=6) as xz:
            for chunk in iter(lambda: src.read(CHUNK), b''):
                image_digest.update(chunk)
                xz.write(chunk)
                if progress is not None:
                    progress.update(len(chunk))
        xz_file.close()
        pack_md = dump_yaml({
            'image': {'sha256sum': image_digest.hexdigest(),
                      'size': image_size},
            'image_metadata': {'sha256sum':
                               hashlib.sha256(md_bytes).hexdigest()},
            'version': 1}).encode('utf-8')
        with pack_file, tarfile.open(fileobj=pack_file, mode='w') as tar:
            for name, data in ((PACK_MD, pack_md), (IMAGE_MD, md_bytes)):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
            tar.add(xz_path, arcname=IMAGE_XZ)
        publish(pack_temp, pack_path)
    except OSError as err:
        raise PackError(f'cannot write {pack_path}: {err.strerror}')
    finally:
        for fileobj in (xz_file, pack_file):
            fileobj.close()
        for path in (xz_path, pack_temp):
            remove_quietly(path)
    return pack_path


class ImagePack:
    """An open .euimage: pack_md (dict), image_md (ImageMetadata)."""

    def __init__(self, path):
        self.path = path
        try:
            self.tar = tarfile.open(path, 'r:')
        except (OSError, tarfile.TarError) as err:
            raise PackError(f'cannot open image pack {path}: {err}')
        md_bytes = self._member_bytes(IMAGE_MD)
        self.pack_md = load_yaml(self._member_bytes(PACK_MD).decode('utf-8'))
        if not isinstance(self.pack_md, dict) or \
                self.pack_md.get('version') != 1:
            raise PackError(f'{path}: unsupported pack metadata version')
        try:
            self.image_sha256 = self.pack_md['image']['sha256sum']
            self.image_size = int(self.pack_md['image']['size'])
            md_sha256 = self.pack_md['image_metadata']['sha256sum']
        except (KeyError, TypeError, ValueError):
            raise PackError(f'{path}: incomplete {PACK_MD}')
        if hashlib.sha256(md_bytes).hexdigest() != md_sha256:
            raise PackError(f'{path}: {IMAGE_MD} is corrupt (SHA-256 '
                            'mismatch)')
        self.image_md = ImageMetadata(load_yaml(md_bytes.decode('utf-8')))

    def _member_bytes(self, name):
        try:
            return self.tar.extractfile(name).read()
        except (KeyError, AttributeError, tarfile.TarError):
            raise PackError(f'{self.path} is not an image pack (no {name})')

    def extract_image(self, fileobj, progress=None):
        """Decompress image.xz into ``fileobj``, checking its SHA-256."""
        try:
            member = self.tar.extractfile(IMAGE_XZ)
        except KeyError:
            member = None
        if member is None:
            raise PackError(f'{self.path} is not an image pack (no image)')
        digest = hashlib.sha256()
        size = 0
        try:
            with lzma.open(member) as image:
                for chunk in iter(lambda: image.read(CHUNK), b''):
                    digest.update(chunk)
                    fileobj.write(chunk)
                    size += len(chunk)
                    if progress is not None:
                        progress.update(len(chunk))
        except lzma.LZMAError as err:
            raise PackError(f'{self.path}: cannot decompress the image: '
                            f'{err}')
        if digest.hexdigest() != self.image_sha256 or size != self.image_size:
            raise PackError(f'image appears to be corrupt (expected SHA-256 '
                            f'{self.image_sha256}, actual '
                            f'{digest.hexdigest()})')
        return size

    def close(self):
        self.tar.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
