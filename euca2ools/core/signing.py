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
    """Header-based SigV4 (``Authorization: AWS4-HMAC-SHA256 ...``) for the
    Query APIs; S3SigV4Signer changes what differs for S3."""

    version = 4
    DATE_HEADER = 'X-Amz-Date'
    TOKEN_HEADER = 'X-Amz-Security-Token'
    SHA256_HEADER = None   # S3 sends the payload hash in a header too

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

    def headers_to_sign(self, headers):
        """Host, Content-Type and every x-amz-* header."""
        return {name.lower(): value for name, value in headers.items()
                if name.lower().startswith('x-amz-')
                or name.lower() == 'content-type'}

    def canonical_path(self, path):
        # Query services sign the path as sent, encoded once more.
        return quote(path or '/', safe='/-_.~')

    def canonical_request(self, method, url, headers, payload_hash):
        """(canonical request, signed header names)."""
        parts = urllib.parse.urlsplit(url)
        to_sign = {lname: ' '.join(str(value).split()) for lname, value
                   in self.headers_to_sign(headers).items()}
        to_sign['host'] = host_header(url)
        signed_headers = ';'.join(sorted(to_sign))
        canonical_headers = ''.join(f'{k}:{to_sign[k]}\n'
                                    for k in sorted(to_sign))
        query = canonical_query(
            urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        return '\n'.join((method.upper(), self.canonical_path(parts.path),
                          query, canonical_headers, signed_headers,
                          payload_hash)), signed_headers

    def sign_string(self, amzdate, canonical_request):
        """(credential scope, string to sign, signature)."""
        datestamp = amzdate[:8]
        scope = f'{datestamp}/{self.region}/{self.service}/aws4_request'
        string_to_sign = '\n'.join((
            SIGV4_ALGORITHM, amzdate, scope,
            hashlib.sha256(canonical_request.encode('utf-8')).hexdigest()))
        signature = hmac.new(self.signing_key(datestamp),
                             string_to_sign.encode('utf-8'),
                             hashlib.sha256).hexdigest()
        return scope, string_to_sign, signature

    def sign(self, method, url, headers, body=b'', now=None,
             payload_hash=None):
        """Add x-amz-date, the token and Authorization to ``headers``.

        ``headers`` is a dict the caller sends as is.  ``payload_hash``
        defaults to the SHA-256 of ``body``.  Returns the intermediate
        strings for --debug.
        """
        now = now or utcnow()
        amzdate = now.strftime('%Y%m%dT%H%M%SZ')
        if payload_hash is None:
            if isinstance(body, str):
                body = body.encode('utf-8')
            payload_hash = hashlib.sha256(body or b'').hexdigest()
        headers[self.DATE_HEADER] = amzdate
        if self.SHA256_HEADER:
            headers[self.SHA256_HEADER] = payload_hash
        if self.credentials.token:
            headers[self.TOKEN_HEADER] = self.credentials.token
        canonical_request, signed_headers = self.canonical_request(
            method, url, headers, payload_hash)
        scope, string_to_sign, signature = self.sign_string(
            amzdate, canonical_request)
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


# -- S3 (REST) ----------------------------------------------------------------
#
# S3 is not a Query API: the request is signed as sent (method, path, some
# headers, a few "sub-resource" query parameters), never re-encoded.

# Query parameters that are part of the S3 SigV2 canonical resource.
S3_SUBRESOURCES = frozenset((
    'acl', 'cors', 'delete', 'lifecycle', 'location', 'logging',
    'notification', 'partNumber', 'policy', 'requestPayment', 'restore',
    'tagging', 'torrent', 'uploadId', 'uploads', 'versionId', 'versioning',
    'versions', 'website', 'response-cache-control',
    'response-content-disposition', 'response-content-encoding',
    'response-content-language', 'response-content-type', 'response-expires'))
UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD'
# Headers never signed by SigV4 (proxies and clients change them).
_S3_UNSIGNED_HEADERS = frozenset(('user-agent', 'expect', 'authorization',
                                  'content-length', 'x-amzn-trace-id'))


def http_date(now):
    """RFC 1123 date, as the S3 SigV2 Date header wants it."""
    import email.utils
    return email.utils.formatdate(now.timestamp(), usegmt=True)


class S3SigV2Signer:
    """S3 Signature Version 2 (``Authorization: AWS KEY_ID:SIGNATURE``).

    String to sign: METHOD, Content-MD5, Content-Type, Date (each on its own
    line), the x-amz-* headers (lower-case, sorted, ``name:value``) and the
    canonical resource: the URL path as sent plus the sub-resource query
    parameters (sorted).  This is botocore's HmacV1Auth and requestbuilder's
    HmacV1Auth.
    """

    version = 2

    def __init__(self, credentials, region=None, service='s3'):
        self.credentials = credentials

    @staticmethod
    def canonical_resource(url):
        parts = urllib.parse.urlsplit(url)
        resource = parts.path or '/'
        subresources = []
        for name, value in urllib.parse.parse_qsl(parts.query,
                                                  keep_blank_values=True):
            if name in S3_SUBRESOURCES:
                subresources.append(f'{name}={value}' if value != '' else name)
        if subresources:
            resource += '?' + '&'.join(sorted(subresources))
        return resource

    def string_to_sign(self, method, url, headers, expires=None):
        lower = {k.lower(): str(v) for k, v in headers.items()}
        amz = {}
        for name, value in lower.items():
            if name.startswith('x-amz-'):
                amz[name] = ' '.join(value.split())
        amz_lines = ''.join(f'{k}:{amz[k]}\n' for k in sorted(amz))
        date = str(expires) if expires is not None else lower.get('date', '')
        return (f'{method.upper()}\n{lower.get("content-md5", "")}\n'
                f'{lower.get("content-type", "")}\n{date}\n'
                f'{amz_lines}{self.canonical_resource(url)}')

    def _signature(self, string_to_sign):
        digest = hmac.new(self.credentials.secret_key.encode('utf-8'),
                          string_to_sign.encode('utf-8'),
                          hashlib.sha1).digest()
        return base64.b64encode(digest).decode('ascii')

    def sign(self, method, url, headers, body=b'', now=None):
        """Add Date, the token and Authorization to ``headers``."""
        now = now or utcnow()
        headers.setdefault('Date', http_date(now))
        if self.credentials.token:
            headers['x-amz-security-token'] = self.credentials.token
        string_to_sign = self.string_to_sign(method, url, headers)
        headers['Authorization'] = (f'AWS {self.credentials.key_id}:'
                                    f'{self._signature(string_to_sign)}')
        return {'string_to_sign': string_to_sign}

    def presign(self, method, url, expires_in, now=None):
        """A URL anyone can use for ``expires_in`` seconds (query auth)."""
        now = now or utcnow()
        expires = int(now.timestamp()) + int(expires_in)
        params = {}
        if self.credentials.token:
            params['x-amz-security-token'] = self.credentials.token
        headers = dict(params)
        signature = self._signature(
            self.string_to_sign(method, url, headers, expires=expires))
        params.update({'AWSAccessKeyId': self.credentials.key_id,
                       'Expires': str(expires), 'Signature': signature})
        sep = '&' if urllib.parse.urlsplit(url).query else '?'
        return url + sep + urllib.parse.urlencode(params,
                                                  quote_via=urllib.parse.quote)


class S3SigV4Signer(SigV4Signer):
    """SigV4 with S3's rules.

    The canonical URI is the path exactly as sent (S3 does not encode it a
    second time), every header given is signed (host, content-md5, range,
    x-amz-*, ...), and ``x-amz-content-sha256`` carries the payload hash
    (or ``UNSIGNED-PAYLOAD`` for a body the caller does not want to hash).
    """

    DATE_HEADER = 'x-amz-date'
    TOKEN_HEADER = 'x-amz-security-token'
    SHA256_HEADER = 'x-amz-content-sha256'

    def __init__(self, credentials, region, service='s3'):
        super().__init__(credentials, region, service)

    def headers_to_sign(self, headers):
        return {name.lower(): value for name, value in headers.items()
                if name.lower() not in _S3_UNSIGNED_HEADERS
                and name.lower() != 'host'}

    def canonical_path(self, path):
        # The path is already percent-encoded as sent; encode only what is
        # not (e.g. a space a caller left in), never a '%' twice.
        return quote(urllib.parse.unquote(path or '/'), safe='/-_.~')

    def presign(self, method, url, expires_in, now=None):
        """A query-signed URL valid for ``expires_in`` seconds."""
        now = now or utcnow()
        amzdate = now.strftime('%Y%m%dT%H%M%SZ')
        scope = f'{amzdate[:8]}/{self.region}/{self.service}/aws4_request'
        params = {'X-Amz-Algorithm': SIGV4_ALGORITHM,
                  'X-Amz-Credential': f'{self.credentials.key_id}/{scope}',
                  'X-Amz-Date': amzdate, 'X-Amz-Expires': str(int(expires_in)),
                  'X-Amz-SignedHeaders': 'host'}
        if self.credentials.token:
            params['X-Amz-Security-Token'] = self.credentials.token
        sep = '&' if urllib.parse.urlsplit(url).query else '?'
        url = url + sep + urllib.parse.urlencode(params,
                                                 quote_via=urllib.parse.quote)
        canonical_request, _ = self.canonical_request(method, url, {},
                                                      UNSIGNED_PAYLOAD)
        _, _, signature = self.sign_string(amzdate, canonical_request)
        return f'{url}&X-Amz-Signature={signature}'


S3_SIGNERS = {2: S3SigV2Signer, 4: S3SigV4Signer}
