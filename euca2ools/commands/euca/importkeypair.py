from euca2ools.core import Arg
from euca2ools.core.argtypes import b64encoded_file_contents
from euca2ools.commands.euca import EC2Request


class ImportKeyPair(EC2Request):
    COMMAND = 'euca-import-keypair'
    EXAMPLES = (
        ('Import a public key you already have',
         'euca-import-keypair -f id_rsa.pub mykey'),
    )
    ROW_TYPES = ('KEYPAIR',)
    ACTION = 'ImportKeyPair'
    DESCRIPTION = 'Import a public RSA key as a new key pair'
    ARGS = [Arg('KeyName', metavar='KEYPAIR', complete=None,
                help='name for the new key pair (required)'),
            Arg('-f', '--public-key-file', dest='PublicKeyMaterial',
                metavar='FILE', type=b64encoded_file_contents, required=True,
                help='file name of the public key to import (required)')]

    def print_result(self, result):
        self.print_row('KEYPAIR', result.get('keyName'),
                       result.get('keyFingerprint'))
