import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.bundle.bundleanduploadimage import \
    BundleUploadCommand


class InstallImage(BundleUploadCommand):
    """Bundle + upload + RegisterImage, sharing this command's context."""

    COMMAND = 'euca-install-image'
    EXAMPLES = (
        ('Bundle, upload and register an image in one step',
         'euca-install-image -i centos.img -r x86_64 -b my-bucket/images -n '
         'centos-7'),
        ('Install an HVM image',
         'euca-install-image -i centos.img -r x86_64 -b my-bucket -n '
         'centos-7-hvm --virtualization-type hvm'),
    )
    DESCRIPTION = 'Bundle, upload and register an image into the cloud'
    TABULAR = True
    ARGS = [Arg('-n', '--name', required=True, route_to=LOCAL,
                help='name of the new image (required)'),
            Arg('--description', route_to=LOCAL,
                help='description of the new image'),
            Arg('--virtualization-type', choices=('paravirtual', 'hvm'),
                route_to=LOCAL,
                help='virtualization type for the new image'),
            Arg('--platform', metavar='windows', choices=('windows',),
                route_to=LOCAL,
                help="[Privileged] the new image's platform (windows)"),
            Arg('--ec2-url', metavar='EC2_URL', route_to=LOCAL,
                help='compute service endpoint URL'),
            Arg('--ec2-auth', route_to=LOCAL, help=argparse.SUPPRESS),
            Arg('--ec2-service', route_to=LOCAL, help=argparse.SUPPRESS)]

    def main(self):
        from euca2ools.commands.euca.registerimage import RegisterImage
        location = super().main()
        register = RegisterImage({
            'url': self.args.get('ec2_url'), 'ImageLocation': location,
            'Name': self.args['name'],
            'Description': self.args.get('description'),
            'Architecture': self.args['arch'],
            'VirtualizationType': self.args.get('virtualization_type'),
            'Platform': self.args.get('platform')}, self.context)
        return register.main().get('imageId')

    def print_result(self, image_id):
        self.print_row('IMAGE', image_id)
