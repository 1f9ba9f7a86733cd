import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.bundle._s3args import UPLOAD_ARGS
from euca2ools.commands.bundle._s3bundle import S3BundleCommand


class UploadBundle(S3BundleCommand):
    COMMAND = 'euca-upload-bundle'
    EXAMPLES = (
        ('Upload a bundle to a bucket',
         'euca-upload-bundle -b my-bucket/images -m '
         '/var/tmp/bundle-1234/centos.img.manifest.xml'),
    )
    ACTION = 'PutObject'
    DESCRIPTION = 'Upload a bundle prepared by euca-bundle-image to the cloud'
    ARGS = [Arg('-m', '--manifest', metavar='FILE', required=True,
                route_to=LOCAL,
                help='manifest for the bundle to upload (required)'),
            Arg('-d', '--directory', metavar='DIR', route_to=LOCAL,
                help='directory that contains the bundle parts (default: '
                     'directory that contains the manifest)'),
            Arg('--part', metavar='INT', type=int, default=0, route_to=LOCAL,
                help=argparse.SUPPRESS),
            Arg('--skipmanifest', action='store_true', route_to=LOCAL,
                help='do not upload the manifest')] + UPLOAD_ARGS

    def configure(self):
        self.configure_upload()

    def main(self):
        return self.upload_bundle(self.args['manifest'],
                                  self.args.get('directory'),
                                  first_part=self.args.get('part') or 0,
                                  skip_manifest=self.args.get('skipmanifest'))

    def print_result(self, manifest_location):
        self.print_uploaded(None if self.args.get('skipmanifest')
                            else manifest_location)
