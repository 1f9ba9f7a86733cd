from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteKeyPair(EC2Request):
    COMMAND = 'euca-delete-keypair'
    ACTION = 'DeleteKeyPair'
    DESCRIPTION = 'Delete a key pair'
    ARGS = [Arg('KeyName', metavar='KEYPAIR',
                help='name of the key pair to delete (required)')]

    def print_result(self, result):
        self.print_row('KEYPAIR', self.args['KeyName'])
