import os
import sys

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
            help="where to put the unbundled image, or '-' for stdout "
                 '(default: current directory)'),
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

        destination = self.args.get('destination') or '.'
        if destination == '-':
            return self._unbundle_to_stdout(manifest, privatekey, open_part)
        progress = self.progress_meter(manifest.bundled_size, 'downloading')
        result = unbundle(manifest, destination, privatekey,
                          open_part=open_part, progress=progress)
        progress.finish()
        return getattr(result, 'path', result)

    def _unbundle_to_stdout(self, manifest, privatekey, open_part):
        """-d -: the image goes to stdout as it is decoded (as in 3.4,
        which then prints no "Wrote" line); returns None."""
        from euca2ools.bundle import unbundle_stream
        from euca2ools.bundle.extract import part_chunks
        # Never mix a progress line into an image on the same terminal.
        self.args['progress'] = self.args.get('progress') and \
            not sys.stdout.isatty()
        enc_key, enc_iv = manifest.decrypt_key(privatekey)
        out = sys.stdout.buffer
        unbundle_stream(_ChunkReader(part_chunks(manifest,
                                                 open_part=open_part)),
                        out, enc_key, enc_iv, image_size=manifest.image_size,
                        sha1_digest=manifest.image_digest,
                        progress=self.progress_meter(manifest.bundled_size))
        out.flush()
        return None

    def print_result(self, path):
        if path is not None:
            self.emit(f'Wrote {os.fspath(path)}')


class _ChunkReader:
    """read() over an iterator of byte chunks (one chunk per call, b''
    at the end), for unbundle_stream."""

    def __init__(self, chunks):
        self._chunks = iter(chunks)

    def read(self, size=-1):
        return next(self._chunks, b'')
