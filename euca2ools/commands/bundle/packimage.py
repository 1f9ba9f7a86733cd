import os

from euca2ools.core import LOCAL, Arg, BaseCommand
from euca2ools.commands.bundle._euimage import build_pack
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin


class PackImage(ProgressMixin, BaseCommand):
    COMMAND = 'euimage-pack-image'
    DESCRIPTION = ('***TECH PREVIEW***\n\nPack an image for simple '
                   'installation in a cloud')
    ARGS = [Arg('image_filename', metavar='IMAGE_FILE', route_to=LOCAL,
                help='the image to pack (required)'),
            Arg('md_filename', metavar='MD_FILE', route_to=LOCAL,
                help='metadata for the image to pack (required)')
            ] + PROGRESS_ARGS

    def main(self):
        try:
            size = os.path.getsize(self.args['image_filename'])
        except OSError:
            size = None   # build_pack reports it
        meter = self.progress_meter(size, 'compressing')
        path = build_pack(self.args['image_filename'],
                          self.args['md_filename'], progress=meter)
        meter.finish()
        return path

    def print_result(self, path):
        self.emit(f'Wrote {path}')
