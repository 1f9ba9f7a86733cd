from euca2ools.core import Arg
from euca2ools.commands.euca._attribute import ResetPermissionRequest


class ResetImageAttribute(ResetPermissionRequest):
    COMMAND = 'euca-reset-image-attribute'
    ACTION = 'ResetImageAttribute'
    DESCRIPTION = 'Reset an attribute of an image to its default value'
    ARGS = [Arg('ImageId', metavar='IMAGE',
                help='ID of the image whose attribute should be reset '
                     '(required)'),
            Arg('-l', '--launch-permission', dest='Attribute',
                action='store_const', const='launchPermission',
                required=True, help='reset launch permissions')]
    ROW = 'launchPermission'
    RESOURCE = 'ImageId'
