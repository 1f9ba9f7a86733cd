import base64
import binascii

from euca2ools.core import LOCAL, Arg, ClientError
from euca2ools.commands.euca.getpassworddata import GetPasswordData


def load_private_key(path):
    """An RSA private key from a PEM (or DER) file, as a cryptography key."""
    from cryptography.hazmat.primitives import serialization
    try:
        with open(path, 'rb') as keyfile:
            data = keyfile.read()
    except OSError as err:
        raise ClientError(f'cannot read private key {path}: {err.strerror}')
    loader = (serialization.load_pem_private_key if b'-----BEGIN' in data
              else serialization.load_der_private_key)
    try:
        return loader(data, password=None)
    except TypeError:
        raise ClientError(f'private key {path} is encrypted; decrypt it '
                          'first (e.g. openssl rsa -in KEY -out PLAINKEY)')
    except ValueError as err:
        raise ClientError(f'{path} is not a usable private key ({err})')


def decrypt_password(key, password_data):
    """Decrypt base64 EC2 password data (RSA PKCS#1 v1.5) to text."""
    from cryptography.hazmat.primitives.asymmetric import padding
    try:
        blob = base64.b64decode(password_data.strip(), validate=False)
    except (binascii.Error, ValueError):
        raise ClientError('the password data is not valid base64')
    if not hasattr(key, 'decrypt'):
        raise ClientError('the private key is not an RSA key')
    wrong_key = ClientError('failed to decrypt the password data: is this '
                            "the private key of the instance's key pair?")
    try:
        plain = key.decrypt(blob, padding.PKCS1v15())
        # OpenSSL's implicit rejection turns a wrong key into random bytes
        # rather than an error; a password is always printable text.
        text = plain.decode('utf-8')
    except ValueError:
        raise wrong_key
    if not text or not text.isprintable():
        raise wrong_key
    return text


class GetPassword(GetPasswordData):
    COMMAND = 'euca-get-password'
    DESCRIPTION = ('Retrieve the administrator password for an instance '
                   'running Windows')
    ARGS = [Arg('-k', '--priv-launch-key', metavar='FILE', required=True,
                route_to=LOCAL,
                help='file containing the private key corresponding to the '
                     'key pair supplied at instance launch time (required)')]

    def configure(self):
        # Read the key before asking the cloud, so a bad path fails fast.
        self.private_key = load_private_key(self.args['priv_launch_key'])

    def print_result(self, result):
        data = (result.get('passwordData') or '').strip()
        if not data:
            raise ClientError('no password data found for this instance '
                              '(it may not be available yet)')
        self.emit(decrypt_password(self.private_key, data))
