import hashlib

from euca2ools.core import Arg, BaseCommand
from euca2ools.commands.euca.getpassword import load_private_key


def private_key_fingerprint(key):
    """SHA-1 of the key's unencrypted DER PKCS#8 form, as colon-separated
    hex: the fingerprint EC2 shows for key pairs it created."""
    from cryptography.hazmat.primitives import serialization
    der = key.private_bytes(serialization.Encoding.DER,
                            serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    digest = hashlib.sha1(der).hexdigest()
    return ':'.join(digest[i:i + 2] for i in range(0, len(digest), 2))


class FingerprintKey(BaseCommand):
    COMMAND = 'euca-fingerprint-key'
    DESCRIPTION = ('Show the fingerprint of a private key as it would appear '
                   'in the output of euca-describe-keypairs.')
    ARGS = [Arg('keyfile', metavar='FILE',
                help='file containing the private key (required)')]

    def main(self):
        return private_key_fingerprint(load_private_key(self.args['keyfile']))

    def print_result(self, fingerprint):
        self.emit(fingerprint)
