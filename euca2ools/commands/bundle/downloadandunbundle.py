import os
import sys

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.bundle import (CHECK_CERT_ARG, find_private_key,
                                       manifest_certificate)
from euca2ools.commands.bundle._s3args import DOWNLOAD_ARGS
from euca2ools.commands.bundle._s3bundle import S3BundleCommand


class DownloadAndUnbundle(S3BundleCommand):
    COMMAND = 'euca-download-and-unbundle'
    ACTION = 'GetObject'
    DESCRIPTION = 'Download and unbundle a bundled image from the cloud'
    ARGS = DOWNLOAD_ARGS + [
        Arg('-d', '--destination', metavar='(FILE | DIR)', default='.',
            route_to=LOCAL,
            help="where to put the unbundled image, or '-' for stdout "
                 '(default: current directory)'),
        Arg('-k', '--privatekey', metavar='PRIVATEKEY', route_to=LOCAL,
            help='file containing the private key to decrypt the bundle '
                 'with.  This must match a certificate used when bundling '
                 'the image (default: EC2_PRIVATE_KEY, EUCA_PRIVATE_KEY or '
                 'the config user\'s private-key).'),
        CHECK_CERT_ARG]

    def main(self):
        from euca2ools.bundle import unbundle
        privatekey = find_private_key(self.args, self.context)
        manifest, _ = self.fetch_manifest()
        cert = manifest_certificate(self)

        def open_part(part):
            return self.s3.open_object(*self.part_key(part))

        destination = self.args.get('destination') or '.'
        if destination == '-':
            # The image goes to stdout as it is decoded (as in 3.4, which
            # then prints no "Wrote" line); never mix a progress line into
            # it on the same terminal.
            self.args['progress'] = self.args.get('progress') and \
                not sys.stdout.isatty()
            destination = sys.stdout.buffer
        progress = self.progress_meter(manifest.bundled_size, 'downloading')
        return unbundle(manifest, destination, privatekey, cert=cert,
                        open_part=open_part, progress=progress)

    def print_result(self, path):
        if path is not None:
            self.emit(f'Wrote {os.fspath(path)}')

