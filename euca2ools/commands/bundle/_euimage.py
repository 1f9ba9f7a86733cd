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

Both are read and written with PyYAML's safe loader and dumper (anchors,
flow collections and every other valid YAML included).
"""

import hashlib
import io
import lzma
import os
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


# -- YAML (PyYAML, imported only by the commands that read or write packs) --

def load_yaml(text):
    """A YAML document through PyYAML's safe loader; a bad one is one
    PackError line naming where."""
    import yaml
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, 'problem_mark', None)
        where = f' at line {mark.line + 1}' if mark is not None else ''
        problem = getattr(err, 'problem', None) or 'not valid YAML'
        raise PackError(f'YAML: {problem}{where}')


def dump_yaml(data):
    """Block-style YAML (sorted keys) through PyYAML's safe dumper."""
    import yaml
    return yaml.safe_dump(data, default_flow_style=False, sort_keys=True)


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
