from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class ConfirmProductInstance(EC2Request):
    COMMAND = 'euca-confirm-product-instance'
    ACTION = 'ConfirmProductInstance'
    DESCRIPTION = 'Verify if a product code is associated with an instance'
    ARGS = [Arg('ProductCode', metavar='CODE',
                help='product code to confirm (required)'),
            Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                required=True,
                help='ID of the instance to confirm (required)')]

    def print_result(self, result):
        self.print_row(self.args['ProductCode'], self.args['InstanceId'],
                       result.get('return'), result.get('ownerId'))
