"""Login profiles (passwords): create and update share the password option."""

from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest


class PasswordRequest(IAMRequest):
    ARGS = [Arg('-p', '--password', dest='Password', metavar='PASSWORD',
                help='the new password (default: prompt for it on a '
                     'terminal, else read one line of standard input)')]

    def preprocess(self):
        if not self.params.get('Password'):
            self.params['Password'] = self.read_secret(
                'password', 'New password: ', 'Retype new password: ',
                hint='use -p/--password')
