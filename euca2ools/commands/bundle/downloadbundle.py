import concurrent.futures
import os
import sys

from euca2ools.core import LOCAL, Arg, ClientError
from euca2ools.bundle.util import safe_member_name
from euca2ools.commands.bundle._s3bundle import (DOWNLOAD_ARGS,
                                                 TRANSFER_THREADS,
                                                 S3BundleCommand, wait_all)


class DownloadBundle(S3BundleCommand):
    COMMAND = 'euca-download-bundle'
    ACTION = 'GetObject'
    DESCRIPTION = ('Download a bundled image from the cloud\n\nYou must run '
                   'euca-unbundle on the bundle you download to obtain the '
                   'original image.')
    ARGS = DOWNLOAD_ARGS + [
        Arg('-d', '--directory', metavar='DIR', default='.', route_to=LOCAL,
            help="the directory to download the bundle parts to, or '-' to "
                 'write the concatenated parts to stdout (default: .)')]

    def configure(self):
        directory = self.args.get('directory') or '.'
        if directory != '-' and not os.path.isdir(directory):
            raise ClientError(f'{directory!r} is not a directory')

    def main(self):
        manifest, data = self.fetch_manifest()
        directory = self.args.get('directory') or '.'
        progress = self.progress_meter(manifest.bundled_size, 'downloading')
        if directory == '-':
            out = sys.stdout.buffer
            for part in manifest.parts:
                self.download_part(part, out, progress)
            out.flush()
            progress.finish()
            return None
        paths = [os.path.join(directory, safe_member_name(
            part.filename, 'part file name')) for part in manifest.parts]
        try:
            with concurrent.futures.ThreadPoolExecutor(
                    TRANSFER_THREADS) as pool:
                wait_all([pool.submit(self._download_to, part, path,
                                       progress)
                           for part, path in zip(manifest.parts, paths)])
        except BaseException:
            for path in paths:
                if os.path.exists(path):
                    os.unlink(path)
            raise
        progress.finish()
        if data is None:    # --local-manifest: it is already on disk
            return self.args['local_manifest']
        path = os.path.join(directory, os.path.basename(self.args['manifest']))
        with open(path, 'wb') as fileobj:
            fileobj.write(data)
        return path

    def _download_to(self, part, path, progress):
        try:
            with open(path, 'wb') as fileobj:
                self.download_part(part, fileobj, progress)
        except OSError as err:
            raise ClientError(f'cannot write {path}: {err.strerror}')

    def print_result(self, manifest_path):
        if manifest_path:
            self.emit(f'Wrote manifest {manifest_path}')
