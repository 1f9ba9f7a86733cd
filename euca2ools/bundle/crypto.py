"""RSA around the bundle: key/IV wrapping (PKCS#1 v1.5) and the manifest
signature (SHA1withRSA), with ``cryptography``."""

import binascii
import os

from .util import BundleError


def _read(path, what):
    try:
        with open(os.path.expanduser(path), 'rb') as fileobj:
            return fileobj.read()
    except OSError as err:
        raise BundleError(f'cannot read {what} {path}: {err.strerror}')


def load_certificate(cert, what='certificate'):
    """An X.509 certificate from a PEM/DER file name, PEM bytes or an
    already loaded certificate."""
    from cryptography import x509
    if isinstance(cert, x509.Certificate):
        return cert
    data = cert if isinstance(cert, bytes) else _read(cert, what)
    try:
        if b'-----BEGIN' in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        name = '' if isinstance(cert, bytes) else f' {cert}'
        raise BundleError(f'{what}{name} is not a valid X.509 certificate')


def load_private_key(key, what='private key'):
    """An RSA private key from a PEM/DER file name, PEM bytes or an already
    loaded key (unencrypted keys only, as euca2ools)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    if isinstance(key, rsa.RSAPrivateKey):
        return key
    data = key if isinstance(key, bytes) else _read(key, what)
    name = '' if isinstance(key, bytes) else f' {key}'
    try:
        if b'-----BEGIN' in data:
            loaded = serialization.load_pem_private_key(data, password=None)
        else:
            loaded = serialization.load_der_private_key(data, password=None)
    except TypeError:
        raise BundleError(f'{what}{name} is encrypted with a passphrase')
    except (ValueError, Exception) as err:   # noqa: BLE001 (backend errors)
        raise BundleError(f'{what}{name} is not a valid private key') \
            from err
    if not isinstance(loaded, rsa.RSAPrivateKey):
        raise BundleError(f'{what}{name} is not an RSA key')
    return loaded


def rsa_encrypt_hex(cert, text):
    """PKCS#1 v1.5-encrypt ``text`` (str) for ``cert``; lowercase hex."""
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    public = load_certificate(cert).public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise BundleError('certificate does not hold an RSA key')
    ciphertext = public.encrypt(text.encode('ascii'), padding.PKCS1v15())
    return binascii.hexlify(ciphertext).decode('ascii')


def rsa_decrypt_hex(key, hextext):
    """Reverse of rsa_encrypt_hex with the private key; returns str."""
    from cryptography.hazmat.primitives.asymmetric import padding
    key = load_private_key(key)
    try:
        ciphertext = binascii.unhexlify(hextext.strip())
        plain = key.decrypt(ciphertext, padding.PKCS1v15())
        return plain.decode('ascii')
    except (ValueError, TypeError, UnicodeDecodeError, binascii.Error):
        raise BundleError('cannot decrypt the bundle key: wrong private key '
                          'or corrupt manifest')


def sign_hex(key, data):
    """SHA1withRSA (PKCS#1 v1.5) signature of ``data``; lowercase hex."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    signature = load_private_key(key).sign(data, padding.PKCS1v15(),
                                           hashes.SHA1())
    return binascii.hexlify(signature).decode('ascii')


def verify_hex(cert, data, hexsig):
    """True when ``hexsig`` is a valid SHA1withRSA signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    public = load_certificate(cert).public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise BundleError('certificate does not hold an RSA key')
    try:
        public.verify(binascii.unhexlify(hexsig.strip()), data,
                      padding.PKCS1v15(), hashes.SHA1())
        return True
    except (InvalidSignature, ValueError, binascii.Error):
        return False


def same_key(cert, privatekey):
    """Whether a loaded certificate holds the public half of a loaded
    private key."""
    from cryptography.hazmat.primitives import serialization

    def public(key):
        return key.public_bytes(serialization.Encoding.DER,
                                serialization.PublicFormat.SubjectPublicKeyInfo)
    return public(cert.public_key()) == public(privatekey.public_key())
