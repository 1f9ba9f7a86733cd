import os

from euca2ools.core import Arg, UsageError
from euca2ools.commands.bundle import (CHECK_CERT_ARG, BundleCommand,
                                       find_private_key, manifest_certificate)


class Unbundle(BundleCommand):
    COMMAND = 'euca-unbundle'
    DESCRIPTION = ('Recreate an image from its bundled parts\n\nThe key used '
                   'to unbundle the image must match the certificate that '
                   'was used to bundle it.')
    ARGS = [Arg('-m', '--manifest', metavar='FILE', required=True,
                help="the bundle's manifest file (required)"),
            Arg('-k', '--privatekey', metavar='FILE',
                help='file containing the private key to decrypt the bundle '
                     'with (default: EC2_PRIVATE_KEY, EUCA_PRIVATE_KEY or the '
                     "config user's private-key).  This must match the "
                     'certificate used when bundling the image.'),
            Arg('-d', '--destination', metavar='DIR', default='.',
                help='where to place the unbundled image (default: current '
                     'directory)'),
            Arg('-s', '--source', metavar='DIR', default='.',
                help='directory containing the bundled image parts '
                     '(default: current directory)'),
            CHECK_CERT_ARG]

    def configure(self):
        self.args['privatekey'] = find_private_key(self.args, self.context)
        for option, what in (('destination', '-d/--destination'),
                             ('source', '-s/--source')):
            if not os.path.isdir(self.args[option]):
                raise UsageError(f"argument {what}: '{self.args[option]}' is "
                                 'not a directory')

    def main(self):
        from euca2ools.bundle import BundleManifest, unbundle
        manifest = BundleManifest.read(self.args['manifest'])
        return unbundle(manifest, self.args['destination'],
                        self.args['privatekey'],
                        cert=manifest_certificate(self),
                        source_dir=self.args['source'],
                        progress=self.progress_meter(manifest.bundled_size,
                                                     manifest.image_name))

    def print_result(self, result):
        self.emit(f'Wrote {result}')
