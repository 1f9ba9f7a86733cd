from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeregisterImage(EC2Request):
    COMMAND = 'euca-deregister'
    ACTION = 'DeregisterImage'
    DESCRIPTION = ('De-register an image\n\nAfter de-registering, the image '
                   'can no longer be launched.')
    ARGS = [Arg('ImageId', metavar='IMAGE',
                help='ID of the image to de-register (required)')]

    def print_result(self, result):
        self.print_row('IMAGE', self.args['ImageId'])
