import concurrent.futures
import os
import sys

from euca2ools.core import LOCAL, Arg, ClientError
from euca2ools.core.files import Created, write_new
from euca2ools.commands.bundle import CHECK_CERT_ARG, manifest_certificate
from euca2ools.commands.bundle._s3args import (DOWNLOAD_ARGS,
                                               TRANSFER_THREADS)
from euca2ools.commands.bundle._s3bundle import S3BundleCommand, wait_all


class DownloadBundle(S3BundleCommand):
    COMMAND = 'euca-download-bundle'
    ACTION = 'GetObject'
    DESCRIPTION = ('Download a bundled image from the cloud\n\nYou must run '
                   'euca-unbundle on the bundle you download to obtain the '
                   'original image.  The parts keep the names the manifest '
                   'gives them (PREFIX.part.N); a file that already exists '
                   'is never replaced.')
    ARGS = DOWNLOAD_ARGS + [
        Arg('-d', '--directory', metavar='DIR', default='.', route_to=LOCAL,
            help="the directory to download the bundle parts to, or '-' to "
                 'write the concatenated parts to stdout (default: .)'),
        CHECK_CERT_ARG]

    def configure(self):
        directory = self.args.get('directory') or '.'
        if directory != '-' and not os.path.isdir(directory):
            raise ClientError(f'{directory!r} is not a directory')

    def main(self):
        manifest, data = self.fetch_manifest()
        # The part names come from the manifest: check it as unbundling
        # does before anything is fetched or written.
        cert = manifest_certificate(self)
        if cert is not None:
            manifest.check_signature(cert)
        directory = self.args.get('directory') or '.'
        progress = self.progress_meter(manifest.bundled_size, 'downloading')
        if directory == '-':
            out = sys.stdout.buffer
            for part in manifest.parts:
                self.download_part(part, out, progress)
            out.flush()
            progress.finish()
            return None
        created = Created()
        try:
            with concurrent.futures.ThreadPoolExecutor(
                    TRANSFER_THREADS) as pool:
                wait_all([pool.submit(self._download_to, part,
                                      os.path.join(directory, part.filename),
                                      progress, created)
                          for part in manifest.parts])
            progress.finish()
            if data is None:    # --local-manifest: it is already on disk
                return self.args['local_manifest']
            path = os.path.join(directory,
                                os.path.basename(self.args['manifest']))
            # Written last, so a manifest beside parts means they are all
            # there.
            write_new(path, lambda fileobj: fileobj.write(data))
            return path
        except BaseException:
            created.remove_all()
            raise

    def _download_to(self, part, path, progress, created):
        write_new(path, lambda fileobj: self.download_part(part, fileobj,
                                                           progress))
        created.add(path)

    def print_result(self, manifest_path):
        if manifest_path:
            self.emit(f'Wrote manifest {manifest_path}')
