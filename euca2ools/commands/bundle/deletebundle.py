import os

from euca2ools.core import LOCAL, Arg, ServerError
from euca2ools.core.s3 import split_bucket_path
from euca2ools.commands.bundle._s3args import DOWNLOAD_ARGS, MANIFEST_SUFFIX
from euca2ools.commands.bundle._s3bundle import S3BundleCommand


class DeleteBundle(S3BundleCommand):
    COMMAND = 'euca-delete-bundle'
    ACTION = 'DeleteObject'
    DESCRIPTION = 'Delete a previously-uploaded bundle'
    ARGS = DOWNLOAD_ARGS + [
        Arg('--clear', action='store_true', route_to=LOCAL,
            help='attempt to delete the bucket as well')]

    def main(self):
        manifest, _ = self.fetch_manifest()
        bucket, prefix = split_bucket_path(self.args['bucket'])
        for part in manifest.parts:
            self.s3.delete_object(*self.part_key(part))
        if self.args.get('local_manifest'):
            # Also the copy on the server, if there is one.
            key = prefix + os.path.basename(self.args['local_manifest'])
            if not key.endswith(MANIFEST_SUFFIX):
                key = None
        else:
            key = prefix + self.args['manifest']
        if key:
            try:
                self.s3.delete_object(bucket, key)
            except ServerError as err:
                if err.status != 404:
                    raise
        if self.args.get('clear'):
            self.s3.delete_bucket(bucket)
