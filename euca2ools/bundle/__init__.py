"""The native image bundler: image <-> tar | gzip | AES-128-CBC | 10 MiB parts.

No subprocesses and no argparse: commands (euca2ools.commands.bundle) turn
their options into calls of this API.

Creating a bundle::

    from euca2ools.bundle import create_bundle
    result = create_bundle('disk.img', '/var/tmp', arch='x86_64',
                           user='123456789012', ec2cert='cloud-cert.pem',
                           cert='cert.pem', privatekey='pk.pem',
                           on_part=upload_part)    # optional, per part
    result.manifest_path      # '/var/tmp/disk.img.manifest.xml'
    result.parts              # [BundlePart(filename, path, size, digest)]
    result.manifest           # the BundleManifest that was written

Unbundling::

    from euca2ools.bundle import unbundle, unbundle_stream
    path = unbundle('/var/tmp/disk.img.manifest.xml', '/srv/images',
                    privatekey='pk.pem', cert='cert.pem')  # -> image path
    # cert is required: the manifest's signature must be valid for it
    # (cert=None: not checked -- tell the user).
    # parts from elsewhere (e.g. S3): open_part(part) -> binary file object
    path = unbundle(manifest, '/srv', 'pk.pem', cert='cert.pem',
                    open_part=my_opener)
    # no manifest, combined parts on a stream, key and IV known:
    unbundle_stream(sys.stdin.buffer, sys.stdout.buffer, key_hex, iv_hex)

Every failure raises BundleError (a euca2ools ClientError: one line, exit 1).
Certificates and keys may be given as file names or as loaded
``cryptography`` objects.
"""

from .util import (BundleError, DEFAULT_PART_SIZE, EC2_BUNDLE_SIZE_LIMIT,
                   generate_key_iv)
from .crypto import load_certificate, load_private_key
from .manifest import BundleManifest, BundlePart
from euca2ools.core.progress import ProgressMeter
from .create import BundleResult, create_bundle
from .extract import UnbundleResult, unbundle, unbundle_stream

__all__ = ['BundleError', 'BundleManifest', 'BundlePart', 'BundleResult',
           'DEFAULT_PART_SIZE', 'EC2_BUNDLE_SIZE_LIMIT', 'ProgressMeter',
           'UnbundleResult', 'create_bundle', 'generate_key_iv',
           'load_certificate', 'load_private_key', 'unbundle',
           'unbundle_stream']
