from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._attribute import (PermissionListMixin,
                                                permission_args)


class ModifyImageAttribute(PermissionListMixin, EC2Request):
    COMMAND = 'euca-modify-image-attribute'
    ACTION = 'ModifyImageAttribute'
    DESCRIPTION = 'Modify an attribute of an image'
    ARGS = [Arg('ImageId', metavar='IMAGE', help='image to modify'),
            MutuallyExclusiveArgList(
                Arg('--description', dest='Description.Value',
                    metavar='DESC', help="change the image's description"),
                Arg('-p', '--product-code', dest='ProductCode',
                    metavar='CODE', action='append',
                    help='product code to add to the given instance-store '
                         'image (repeatable)'),
                Arg('-l', '--launch-permission', action='store_true',
                    route_to=LOCAL,
                    help='grant/revoke launch permissions with -a/-r'))
            .required(),
            *permission_args('launch permission')]
    PERMISSION = 'LaunchPermission'
    ROW = 'launchPermission'
    SWITCH = 'launch_permission'
    SWITCH_FLAG = '-l/--launch-permission'
    RESOURCE = 'ImageId'

    def configure(self):
        self.check_permission_args()

    def preprocess(self):
        if self.args.get('launch_permission'):
            self.params.update(self.permission_params())

    def print_result(self, result):
        image_id = self.args['ImageId']
        if self.args.get('Description.Value'):
            self.print_row('description', image_id, None,
                           self.args['Description.Value'])
        for code in self.args.get('ProductCode') or []:
            self.print_row('productcodes', image_id, 'productCode', code)
        self.print_rows(self.permission_rows())
