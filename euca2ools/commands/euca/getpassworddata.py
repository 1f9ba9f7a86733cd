from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class GetPasswordData(EC2Request):
    COMMAND = 'euca-get-password-data'
    ACTION = 'GetPasswordData'
    DESCRIPTION = ('Retrieve the encrypted administrator password for an '
                   'instance running Windows.  The encrypted password may be '
                   'decrypted using the private key of the key pair given '
                   'when launching the instance.')
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to obtain the initial password for '
                     '(required)')]

    def print_result(self, result):
        # Printed as the server sent it, surrounding whitespace and all
        # (as 3.x does).
        data = result.get('passwordData')
        if data:
            self.emit(data)
