import os

from euca2ools.core import LOCAL, Arg, ClientError
from euca2ools.commands.euca import EC2Request


class CreateKeyPair(EC2Request):
    COMMAND = 'euca-create-keypair'
    ALIASES = ('euca-add-keypair',)
    ACTION = 'CreateKeyPair'
    DESCRIPTION = 'Create a new SSH key pair for use with instances'
    ARGS = [Arg('KeyName', metavar='KEYPAIR',
                help='name of the new key pair (required)'),
            Arg('-f', '--filename', metavar='FILE', route_to=LOCAL,
                help='file name to save the private key to instead of '
                     'printing it')]

    def main(self):
        path = self.args.get('filename')
        if not path:
            return super().main()
        # Make the key file before the key: the server keeps no copy of the
        # private key, so it must not be created where it cannot be saved.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as err:
            raise ClientError(f'cannot create {path}: {err.strerror}')
        try:
            with os.fdopen(fd, 'w') as keyfile:
                result = super().main()
                keyfile.write((result.get('keyMaterial') or '')
                              .rstrip('\n') + '\n')
        except BaseException:
            os.unlink(path)
            raise
        return result

    def print_result(self, result):
        self.print_row('KEYPAIR', result.get('keyName'),
                       result.get('keyFingerprint'))
        if not self.args.get('filename'):
            # The key text exactly as sent, then a newline (as 3.x).
            self.emit(result.get('keyMaterial') or '')
