import os

from euca2ools.core import Arg, ClientError
from euca2ools.commands.euca import EC2Request


class CreateKeyPair(EC2Request):
    COMMAND = 'euca-create-keypair'
    ALIASES = ('euca-add-keypair',)
    ACTION = 'CreateKeyPair'
    DESCRIPTION = 'Create a new SSH key pair for use with instances'
    ARGS = [Arg('KeyName', metavar='KEYPAIR',
                help='name of the new key pair (required)'),
            Arg('-f', '--filename', metavar='FILE', route_to=None,
                help='file name to save the private key to instead of '
                     'printing it')]

    def configure(self):
        path = self.args.get('filename')
        if path and os.path.exists(path):
            # Refuse before creating the key: never leave a server-side key
            # whose only private copy could not be written.
            raise ClientError(f'{path} already exists; not overwriting it')

    def print_result(self, result):
        self.print_row('KEYPAIR', result.get('keyName'),
                       result.get('keyFingerprint'))
        material = result.get('keyMaterial') or ''
        path = self.args.get('filename')
        if path:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, 'w') as keyfile:
                keyfile.write(material.rstrip('\n') + '\n')
        else:
            self.emit(material.rstrip('\n'))
