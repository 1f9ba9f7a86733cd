import functools
import shutil

from euca2ools.core import LOCAL, Arg, UsageError
from euca2ools.commands.bundle import (BUNDLE_CREATING_ARGS,
                                       BundleCreatingMixin,
                                       default_bundle_dir)
from euca2ools.commands.bundle._s3args import UPLOAD_ARGS
from euca2ools.commands.bundle._s3bundle import S3BundleCommand


class BundleUploadCommand(BundleCreatingMixin, S3BundleCommand):
    """Bundle an image and upload it as it is bundled (also the first half
    of euca-install-image)."""

    ACTION = 'PutObject'
    ARGS = [Arg('--max-pending-parts', type=int, default=2, route_to=LOCAL,
                help='pause the bundling process when more than this number '
                     'of parts are waiting to be uploaded (default: 2)')
            ] + BUNDLE_CREATING_ARGS + UPLOAD_ARGS

    def configure(self):
        self.configure_upload()
        self.configure_bundle_creating()
        if (self.args.get('max_pending_parts') or 0) < 1:
            raise UsageError('argument --max-pending-parts: must be at '
                             'least 1')

    def main(self):
        """Bundle, uploading each part as soon as it is written; returns the
        manifest's BUCKET/KEY."""
        preserve = bool(self.args.get('preserve_bundle'))
        destination = self.args.get('destination')
        temporary = not destination
        if temporary:
            destination = default_bundle_dir(self.context.environ)
        try:
            return self.bundle_and_upload(
                functools.partial(self.create_bundle,
                                  destination=destination),
                max_pending=self.args.get('max_pending_parts') or 2,
                preserve=preserve)
        finally:
            if temporary and not preserve:
                shutil.rmtree(destination, ignore_errors=True)



class BundleAndUploadImage(BundleUploadCommand):
    COMMAND = 'euca-bundle-and-upload-image'
    DESCRIPTION = 'Prepare and upload an image for use in the cloud'
    ARGS = [Arg('--preserve-bundle', action='store_true', route_to=LOCAL,
                help='do not delete the bundle as it is being uploaded')]

    def print_result(self, manifest_location):
        self.print_uploaded(manifest_location)
