"""Login profiles (passwords): create and update share the password option."""

import getpass
import sys

from euca2ools.core import Arg, ClientError
from euca2ools.commands.euare import IAMRequest


class PasswordRequest(IAMRequest):
    ARGS = [Arg('-p', '--password', dest='Password', metavar='PASSWORD',
                help='the new password (default: prompt for it)')]

    def preprocess(self):
        if not self.params.get('Password'):
            try:
                first = getpass.getpass('New password: ')
                second = getpass.getpass('Retype new password: ')
            except EOFError:
                # End the prompt's line so the error starts a line of its own.
                print(file=sys.stderr)
                raise ClientError('no password given (use -p/--password)')
            if first != second:
                raise ClientError('passwords do not match')
            self.params['Password'] = first
