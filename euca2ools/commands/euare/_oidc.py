"""OpenID Connect providers: the provider's ARN, and the thumbprint of its
TLS certificate, fetched from the server when none is given."""

import hashlib
import ssl
import urllib.parse

from euca2ools.core import Arg, ClientError
from euca2ools.commands.euare import IAMRequest


def oidc_arn(what):
    return Arg('OpenIDConnectProviderArn', metavar='OIDC',
               help=f'the ARN of the provider to {what} (required)')


def cert_thumbprint(url, timeout=30):
    """SHA-1 fingerprint of the certificate an https server presents."""
    parsed = urllib.parse.urlsplit(url if '://' in url else 'https://' + url)
    host = parsed.hostname
    port = parsed.port or 443
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError) as err:
        raise ClientError(f'cannot get the certificate of {host}:{port} '
                          f'({err}); give a thumbprint with -t/--thumbprint')
    return hashlib.sha1(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


class OIDCRequest(IAMRequest):
    LIST_TAGS = ['ClientIDList', 'ThumbprintList']


def thumbprint_arg(help):
    return Arg('-t', '--thumbprint', dest='ThumbprintList.member',
               metavar='HEX', action='append',
               help=help + '  If none is given, the certificate is fetched '
                           'from the server to compute one.')


