from euca2ools.core import LOCAL, Arg, BaseCommand
from euca2ools.core.output import tabify
from euca2ools.commands.bundle._euimage import ImagePack


class DescribePackedImage(BaseCommand):
    COMMAND = 'euimage-describe-pack'
    DESCRIPTION = '***TECH PREVIEW***\n\nShow info about an image pack'
    ARGS = [Arg('pack_filename', metavar='FILE', route_to=LOCAL,
                help='the image pack to show info for (required)'),
            Arg('--show-empty-fields', action='store_true', route_to=LOCAL,
                help='show empty values as "(nil)"')]

    def main(self):
        with ImagePack(self.args['pack_filename']) as pack:
            return pack.image_md

    def print_result(self, md):
        def row(*fields):
            self.emit(tabify(fields, self.args.get('show_empty_fields')))
        row('Name:', md.name)
        row('Architecture:', md.arch)
        if md.epoch:
            row('Epoch:', md.epoch)
        row('Version:', md.version)
        row('Release:', md.release)
        for profile in sorted(md.profiles):
            row('Profile:', profile)
        self.emit('Description:')
        self.emit(md.description)
