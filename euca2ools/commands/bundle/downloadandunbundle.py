import os

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.bundle import find_private_key
from euca2ools.commands.bundle._s3bundle import (DOWNLOAD_ARGS,
                                                 S3BundleCommand)


class DownloadAndUnbundle(S3BundleCommand):
    COMMAND = 'euca-download-and-unbundle'
    ACTION = 'GetObject'
    DESCRIPTION = 'Download and unbundle a bundled image from the cloud'
    ARGS = DOWNLOAD_ARGS + [
        Arg('-d', '--destination', metavar='(FILE | DIR)', default='.',
            route_to=LOCAL,
            help='where to put the unbundled image (default: current '
                 'directory)'),
        Arg('-k', '--privatekey', metavar='PRIVATEKEY', route_to=LOCAL,
            help='file containing the private key to decrypt the bundle '
                 'with.  This must match a certificate used when bundling '
                 'the image (default: EC2_PRIVATE_KEY or the config user\'s '
                 'private-key).')]

    def main(self):
        from euca2ools.bundle import unbundle
        privatekey = find_private_key(self.args, self.context)
        manifest, _ = self.fetch_manifest()

        def open_part(part):
            return self.s3.open_object(*self.part_key(part))

        progress = self.progress_meter(manifest.bundled_size, 'downloading')
        result = unbundle(manifest, self.args.get('destination') or '.',
                          privatekey, open_part=open_part, progress=progress)
        progress.finish()
        return getattr(result, 'path', result)

    def print_result(self, path):
        self.emit(f'Wrote {os.fspath(path)}')
