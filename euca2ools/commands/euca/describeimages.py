from euca2ools.core import LOCAL, Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._ownedandshared import OwnedAndSharedRequest


class DescribeImages(OwnedAndSharedRequest):
    COMMAND = 'euca-describe-images'
    EXAMPLES = (
        ('Show your images and those you may run',
         'euca-describe-images'),
        ('Show every image you may run, public ones too',
         'euca-describe-images -a'),
        ('Show the x86_64 images of an account',
         'euca-describe-images -o 123456789012 --filter architecture=x86_64'),
    )
    ROW_TYPES = ('IMAGE', 'BLOCKDEVICEMAPPING', 'TAG')
    ACTION = 'DescribeImages'
    # Default: images we own plus those we were given launch rights to
    # (print_result drops an image found twice).
    ITEMS = 'imagesSet'
    SHARED_PARAM = 'ExecutableBy'
    EXPLICIT = ('all', 'ImageId', 'Owner', 'ExecutableBy')
    ALL_CONFLICTS = (('ImageId', 'a list of images'),
                     ('Owner', 'argument -o/--owner'),
                     ('ExecutableBy', 'argument -x/--executable-by'))
    DESCRIPTION = ('Show information about images\n\nBy default, only images '
                   'your account owns and images for which your account has '
                   'explicit launch permissions are shown.')
    ARGS = [Arg('ImageId', metavar='IMAGE', nargs='*',
                help='limit results to specific images'),
            Arg('-a', '--all', action='store_true', route_to=LOCAL,
                help='describe all images'),
            Arg('-o', '--owner', dest='Owner', metavar='ACCOUNT',
                action='append',
                help='describe images owned by the specified owner '
                     '(repeatable)'),
            Arg('-x', '--executable-by', dest='ExecutableBy',
                metavar='ACCOUNT', action='append',
                help='describe images for which the specified account has '
                     'explicit launch permissions (repeatable)')]
    FILTERS = filters(
        'architecture', 'block-device-mapping.delete-on-termination',
        'block-device-mapping.device-name', 'block-device-mapping.snapshot-id',
        'block-device-mapping.volume-size', 'block-device-mapping.volume-type',
        'description', 'hypervisor', 'image-id', 'image-type', 'is-public',
        'kernel-id', 'manifest-location', 'name', 'owner-alias', 'owner-id',
        'platform', 'product-code', 'product-code.type', 'ramdisk-id',
        'root-device-name', 'root-device-type', 'state', 'state-reason-code',
        'state-reason-message', 'tag-key', 'tag-value', 'tag:KEY',
        'virtualization-type')

    def print_result(self, result):
        images = {}
        for image in result.get('imagesSet') or []:
            images.setdefault(image.get('imageId'), image)
        for image_id in sorted(images):
            self.print_rows(rows.image(images[image_id]))
