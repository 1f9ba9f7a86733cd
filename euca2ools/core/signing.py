"""Request signing: AWS Signature Version 4, and Version 2 for old clouds.

Signers work on plain values (method, URL, headers, body) rather than on a
library's request object, so they are easy to test against published
examples and against other implementations.
"""

import base64
import datetime
import hashlib
import hmac
import urllib.parse

SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256'
EMPTY_SHA256 = hashlib.sha256(b'').hexdigest()


def quote(value, safe='-_.~'):
    """RFC 3986 percent-encoding, as both signature versions require."""
    return urllib.parse.quote(str(value), safe=safe)


def canonical_query(pairs):
    """Sorted, encoded ``k=v&...`` from (name, value) pairs."""
    encoded = sorted((quote(k), quote(v)) for k, v in pairs)
    return '&'.join(f'{k}={v}' for k, v in encoded)


def host_header(url):
    """The Host value requests sends: the port only when it is not default."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ''
    if ':' in host:   # IPv6 literal
        host = f'[{host}]'
    default = {'http': 80, 'https': 443}.get(parts.scheme)
    if parts.port and parts.port != default:
        host = f'{host}:{parts.port}'
    return host


def _hmac(key, msg):
    return hmac.new(key, msg.encode('utf-8'), hashlib.sha256).digest()


def utcnow():
    return datetime.datetime.now(datetime.timezone.utc)


class SigV4Signer:
    """Header-based SigV4 (``Authorization: AWS4-HMAC-SHA256 ...``)."""

    version = 4

    def __init__(self, credentials, region, service):
        self.credentials = credentials
        self.region = region
        self.service = service

    def signing_key(self, datestamp):
        key = _hmac(('AWS4' + self.credentials.secret_key).encode('utf-8'),
                    datestamp)
        for part in (self.region, self.service, 'aws4_request'):
            key = _hmac(key, part)
        return key

    def sign(self, method, url, headers, body=b'', now=None):
        """Add x-amz-date, the token and Authorization to ``headers``.

        ``headers`` is a dict the caller sends as is; the signed headers are
        Host, Content-Type and every x-amz-* header.  Returns the
        intermediate strings for --debug.
        """
        now = now or utcnow()
        amzdate = now.strftime('%Y%m%dT%H%M%SZ')
        datestamp = amzdate[:8]
        headers['X-Amz-Date'] = amzdate
        if self.credentials.token:
            headers['X-Amz-Security-Token'] = self.credentials.token
        if isinstance(body, str):
            body = body.encode('utf-8')
        payload_hash = hashlib.sha256(body or b'').hexdigest()

        parts = urllib.parse.urlsplit(url)
        to_sign = {'host': host_header(url)}
        for name, value in headers.items():
            lname = name.lower()
            if lname.startswith('x-amz-') or lname == 'content-type':
                to_sign[lname] = ' '.join(str(value).split())
        signed_headers = ';'.join(sorted(to_sign))
        canonical_headers = ''.join(f'{k}:{to_sign[k]}\n'
                                    for k in sorted(to_sign))
        # Query services sign the path as sent, encoded once more.
        path = quote(parts.path or '/', safe='/-_.~')
        query = canonical_query(
            urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        canonical_request = '\n'.join((method.upper(), path, query,
                                       canonical_headers, signed_headers,
                                       payload_hash))
        scope = f'{datestamp}/{self.region}/{self.service}/aws4_request'
        string_to_sign = '\n'.join((
            SIGV4_ALGORITHM, amzdate, scope,
            hashlib.sha256(canonical_request.encode('utf-8')).hexdigest()))
        signature = hmac.new(self.signing_key(datestamp),
                             string_to_sign.encode('utf-8'),
                             hashlib.sha256).hexdigest()
        headers['Authorization'] = (
            f'{SIGV4_ALGORITHM} Credential={self.credentials.key_id}/{scope}, '
            f'SignedHeaders={signed_headers}, Signature={signature}')
        return {'canonical_request': canonical_request,
                'string_to_sign': string_to_sign}

    def sign_query(self, method, url, headers, params, now=None):
        """Sign a form-encoded Query request; returns the body to send."""
        body = canonical_query(params.items()).encode('utf-8')
        debug = self.sign(method, url, headers, body, now)
        return body, debug


class SigV2Signer:
    """Query Signature Version 2 with HmacSHA256, for older Eucalyptus."""

    version = 2

    def __init__(self, credentials, region=None, service=None):
        self.credentials = credentials

    def sign_query(self, method, url, headers, params, now=None):
        now = now or utcnow()
        params = dict(params)
        params['AWSAccessKeyId'] = self.credentials.key_id
        params['SignatureVersion'] = '2'
        params['SignatureMethod'] = 'HmacSHA256'
        params.setdefault('Timestamp', now.strftime('%Y-%m-%dT%H:%M:%SZ'))
        if self.credentials.token:
            params['SecurityToken'] = self.credentials.token
        parts = urllib.parse.urlsplit(url)
        string_to_sign = '\n'.join((method.upper(),
                                    host_header(url).lower(),
                                    parts.path or '/',
                                    canonical_query(params.items())))
        digest = hmac.new(self.credentials.secret_key.encode('utf-8'),
                          string_to_sign.encode('utf-8'),
                          hashlib.sha256).digest()
        params['Signature'] = base64.b64encode(digest).decode('ascii')
        body = canonical_query(params.items()).encode('utf-8')
        return body, {'string_to_sign': string_to_sign}


SIGNERS = {2: SigV2Signer, 4: SigV4Signer}
