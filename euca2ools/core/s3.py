"""A small S3 client (REST, path-style URLs) for the bundle and import tools.

    s3 = S3(context, url=None)            # -U/--url, S3_URL, config s3-url
    s3.bucket_exists(bucket)              # HEAD bucket: True, False on 404
    s3.create_bucket(bucket, location)    # PUT bucket (+ LocationConstraint)
    s3.ensure_bucket(bucket, location)    # HEAD, then create on 404
    s3.put_object(bucket, key, data, acl=None, headers=None) -> ETag
    s3.put_object_range(bucket, key, fileobj, start, size) -> ETag
    s3.post_object(bucket, key, data, policy, signature, acl=None)
    s3.get_object(bucket, key, fileobj=None, progress=None) -> ObjectInfo
    s3.open_object(bucket, key) -> readable stream; get_object_bytes()
    s3.head_object(bucket, key) -> dict of response headers
    s3.object_exists(bucket, key)         # HEAD object: True, False on 404
    s3.delete_object(bucket, key); s3.delete_bucket(bucket)
    s3.list_objects(bucket, prefix='') -> iterator of {'Key', 'Size', ...}
    s3.presigned_url(method, bucket, key, expires_in) -> URL

``put_object`` sends Content-MD5 and requires an ETag equal to the MD5 of
what was sent (a missing one is a failed upload).  ``get_object`` streams to
a file object, fetching again from the start when the download breaks, and
returns the size, MD5 and SHA-1 of what it wrote.  Errors are ``ServerError``
(code and message parsed from the S3 error body, else the HTTP status).

Signing: SigV4 by default (AWS has refused SigV2 in newer regions since 2014;
current Eucalyptus accepts it); ``s3-signature-version = 2`` in a region (or
``EUCA_S3_SIGNATURE_VERSION=2``) selects S3 SigV2 (HmacV1) for old clouds, and
3.x's ``s3-force-sigv4 = true`` still forces SigV4.

The client is thread-safe: each thread gets its own HTTP session, so parts
can be uploaded concurrently.
"""

import base64
import dataclasses
import hashlib
import threading
import urllib.parse

from .config import parse_bool
from .errors import ClientError
from .http import TransportError
from .answers import error_from_response, _is_throttling
from .service import BaseService
from .signing import S3_SIGNERS, UNSIGNED_PAYLOAD

CHUNK = 1024 * 1024
_HTTP_LOCK = threading.Lock()
# S3's own namespace for CreateBucketConfiguration (euca2ools 3.x sent a
# made-up one, http://doc.s3.amazonaws.com/2006-03-01, that AWS ignores).
S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/'


def quote_key(key):
    """Percent-encode an object key for the URL path ('/' kept)."""
    return urllib.parse.quote(key, safe='/~')


@dataclasses.dataclass
class ObjectInfo:
    size: int
    md5: str
    sha1: str
    etag: str = None


class S3(BaseService):
    NAME = 's3'
    DESCRIPTION = 'Object storage service'
    URL_ENVVARS = ('S3_URL', 'AWS_ENDPOINT_URL_S3')
    AWS_SERVICE_ID = 'S3'
    AWS_URL = 'https://s3.{region}.amazonaws.com/'

    def __init__(self, context, url=None, **kwargs):
        super().__init__(context, url, **kwargs)
        self._local = threading.local()
        self._clients = []     # every thread's client, for abort()
        from .process import on_stop
        on_stop(self.abort)

    def abort(self):
        """Stop every transfer in flight, on every thread, at once (after
        Ctrl-C or SIGTERM): their sockets are shut down and nothing is
        retried."""
        with _HTTP_LOCK:
            clients = list(self._clients)
        for client in clients:
            client.abort()

    # -- signing and transport ---------------------------------------------

    def signature_version(self):
        ru = self.regionuser
        forced = ru.get_option('s3-force-sigv4')
        if forced is not None and parse_bool(forced, 's3-force-sigv4'):
            return 4
        value = (ru.get_option('s3-signature-version')
                 or self.context.environ.get('EUCA_S3_SIGNATURE_VERSION')
                 or str(self.DEFAULT_SIGNATURE_VERSION))
        version = value.strip().lower().replace('sigv', '').lstrip('v')
        if version not in ('2', '4'):
            raise ClientError(f'config: s3-signature-version must be 2 or 4, '
                              f'not {value!r}')
        return int(version)

    def signer(self):
        cls = S3_SIGNERS[self.signature_version()]
        return cls(self.context.credentials, self.region_name, 's3')

    @property
    def http(self):
        # One client per thread: an HttpClient's connections are its own.
        client = getattr(self._local, 'http', None)
        if client is None:
            with _HTTP_LOCK:
                self._http = None
                client = self._local.http = BaseService.http.fget(self)
                self._clients.append(client)
                self._http = None
        return client

    def url_for(self, bucket=None, key=None, params=None):
        """Path-style URL: ENDPOINT/BUCKET/KEY?PARAMS."""
        url = self.url if self.url.endswith('/') else self.url + '/'
        if bucket:
            url += urllib.parse.quote(bucket, safe='')
            if key is not None:
                url += '/' + quote_key(key)
        if params:
            pairs = []
            for name, value in params.items():
                if value is None:
                    pairs.append(urllib.parse.quote(name, safe='-_.~'))
                else:
                    pairs.append(urllib.parse.quote(name, safe='-_.~') + '=' +
                                 urllib.parse.quote(str(value), safe='-_.~'))
            url += '?' + '&'.join(pairs)
        return url

    def request(self, method, bucket=None, key=None, params=None,
                headers=None, body=b'', stream=False, ok=None):
        """Send one signed request; return the response (status < 300, or
        one listed in ``ok``), else raise ServerError."""
        url = self.url_for(bucket, key, params)
        signer = self.signer()
        extra = dict(headers or {})

        def prepare(target):
            request_headers = dict(extra)
            if signer.version == 4:
                payload = (UNSIGNED_PAYLOAD if hasattr(body, 'read')
                           else None)
                debug = signer.sign(method, target, request_headers,
                                    body if payload is None else b'',
                                    payload_hash=payload)
            else:
                debug = signer.sign(method, target, request_headers, body)
            if self.context.debug:
                self.http.log('    ' + debug.get('string_to_sign', '')
                              .replace('\n', '\n    '))
            if hasattr(body, 'seek'):
                body.seek(0)
            return request_headers, body

        response = self.http.request(method, url, prepare,
                                     throttled=_is_throttling, stream=stream)
        if response.status_code >= 300 and response.status_code not in (
                ok or ()):
            if stream:
                response.content   # read the error body
            raise error_from_response(response)
        return response

    # -- buckets --------------------------------------------------------------

    def bucket_exists(self, bucket):
        """HEAD the bucket: True if it exists and we may see it, False on
        404; a 403 (someone else's bucket) raises."""
        response = self.request('HEAD', bucket, ok=(404,))
        return response.status_code != 404

    def create_bucket(self, bucket, location=None):
        body = b''
        headers = {}
        if location:
            body = (f'<CreateBucketConfiguration xmlns="{S3_NAMESPACE}">'
                    f'<LocationConstraint>{_xml_escape(location)}'
                    '</LocationConstraint></CreateBucketConfiguration>'
                    ).encode('utf-8')
            headers['Content-Type'] = 'application/xml'
        self.request('PUT', bucket, headers=headers, body=body)

    def ensure_bucket(self, bucket, location=None):
        """Create the bucket unless it exists; True if it was created."""
        if self.bucket_exists(bucket):
            return False
        self.create_bucket(bucket, location)
        return True

    def delete_bucket(self, bucket):
        self.request('DELETE', bucket)

    # -- objects --------------------------------------------------------------

    def put_object(self, bucket, key, data, acl=None, headers=None):
        """Upload bytes (or a file path); return the ETag, which must be the
        MD5 of the bytes sent (ClientError when it is not, or missing)."""
        if isinstance(data, str):
            with open(data, 'rb') as fileobj:
                data = fileobj.read()
        md5 = hashlib.md5(data)
        send = {'Content-MD5': base64.b64encode(md5.digest()).decode('ascii'),
                'Content-Type': 'application/octet-stream'}
        if acl:
            send['x-amz-acl'] = acl
        send.update(headers or {})
        response = self.request('PUT', bucket, key, headers=send, body=data)
        # A single PUT's ETag is the MD5 of the object stored.  No ETag, or
        # another one, means we cannot know the server holds what was sent:
        # the upload failed (the caller may retry it).
        etag = (response.headers.get('ETag') or '').strip().strip('"')
        if not etag:
            raise ClientError(f'upload of {bucket}/{key} failed: the server '
                              f'answered {response.status_code} without an '
                              'ETag, so it is not known to hold the data')
        if etag.lower() != md5.hexdigest():
            raise ClientError(f'upload of {bucket}/{key} was corrupted: '
                              f'ETag {etag} is not the MD5 of the data sent '
                              f'({md5.hexdigest()})')
        return etag.lower()

    def put_object_range(self, bucket, key, fileobj, start, size):
        """Upload ``size`` bytes of a seekable binary file from offset
        ``start`` (one part of a bigger file) as one object, through
        put_object; return the ETag."""
        fileobj.seek(start)
        return self.put_object(bucket, key, fileobj.read(size))

    def post_object(self, bucket, key, data, policy, signature, acl=None):
        """Browser-style form upload authorised by a signed upload policy
        (base64 ``policy``, its base64 HMAC-SHA1 ``signature``), for users
        who hold a policy rather than a secret key."""
        credentials = self.context.credentials
        fields = [('key', key)]
        if acl:
            fields.append(('acl', acl))
        fields += [('AWSAccessKeyId', credentials.key_id),
                   ('Policy', policy), ('Signature', signature)]
        if credentials.token:
            fields.append(('x-amz-security-token', credentials.token))
        fields.append(('file', (key.rsplit('/', 1)[-1], data,
                                'application/octet-stream')))
        body, content_type = _multipart_form(fields)
        url = self.url_for(bucket)

        def prepare(target):
            return {'Content-Type': content_type}, body

        # The same key and data posted twice store the same object.
        response = self.http.request('POST', url, prepare,
                                     throttled=_is_throttling,
                                     idempotent=True)
        if response.status_code >= 300:
            raise error_from_response(response)
        return (response.headers.get('ETag') or '').strip('"')

    def get_object(self, bucket, key, fileobj=None, progress=None):
        """Download into ``fileobj`` (or discard); return its ObjectInfo.

        ``progress(nbytes)`` is called after each chunk written.  A
        download that breaks off (reset, stall, short body) is fetched again
        from the start when ``fileobj`` can be rewound, up to max-retries
        times; then it is a clean error.
        """
        start = _tell(fileobj)
        attempt = 0
        while True:
            md5, sha1, size = hashlib.md5(), hashlib.sha1(), 0
            response = self.request('GET', bucket, key, stream=True)
            try:
                for chunk in response.iter_content(CHUNK):
                    md5.update(chunk)
                    sha1.update(chunk)
                    size += len(chunk)
                    if fileobj is not None:
                        fileobj.write(chunk)
                    if progress is not None:
                        progress(len(chunk))
            except TransportError as err:
                rewindable = fileobj is None or start is not None
                if rewindable and attempt < self.http.max_retries:
                    attempt += 1
                    if progress is not None:
                        progress(-size)
                    if fileobj is not None:
                        fileobj.seek(start)
                        fileobj.truncate()
                    self.http.log(f'... {err}; fetching {bucket}/{key} again')
                    continue
                raise ClientError(f'download of {bucket}/{key} failed: {err}')
            finally:
                response.close()
            return ObjectInfo(size, md5.hexdigest(), sha1.hexdigest(),
                              (response.headers.get('ETag') or '').strip('"'))

    def open_object(self, bucket, key):
        """The object as a readable binary stream (``read``, ``read1``;
        close it when done)."""
        return self.request('GET', bucket, key, stream=True)

    def get_object_bytes(self, bucket, key):
        return self.request('GET', bucket, key).content

    def head_object(self, bucket, key):
        return dict(self.request('HEAD', bucket, key).headers)

    def object_exists(self, bucket, key):
        """HEAD the object: True if it exists, False on 404; any other
        error raises."""
        response = self.request('HEAD', bucket, key, ok=(404,))
        return response.status_code != 404

    def delete_object(self, bucket, key):
        self.request('DELETE', bucket, key)

    def list_objects(self, bucket, prefix='', delimiter=None):
        """Every object under ``prefix``, following the pages (marker)."""
        from .xmlparse import parse_response
        marker = None
        seen = set()
        while True:
            params = {'prefix': prefix or None, 'delimiter': delimiter,
                      'marker': marker}
            params = {k: v for k, v in params.items() if v}
            response = self.request('GET', bucket, params=params or None)
            page = parse_response(response.content)
            contents = page.get('Contents') or []
            if isinstance(contents, dict):
                contents = [contents]
            yield from contents
            if str(page.get('IsTruncated', 'false')).lower() != 'true':
                return
            marker = page.get('NextMarker') or (
                contents[-1]['Key'] if contents else None)
            if not marker:
                return
            if marker in seen:
                raise ClientError(f'listing {bucket}: the server sent the '
                                  f'same marker {marker!r} twice; stopping '
                                  'rather than looping')
            seen.add(marker)

    def presigned_url(self, method, bucket, key, expires_in):
        """A URL that lets anyone ``method`` the object until it expires."""
        return self.signer().presign(method, self.url_for(bucket, key),
                                     expires_in)


def _multipart_form(fields):
    """multipart/form-data for (name, value) fields; a value may be
    (filename, bytes, content type).  Returns (body, content type)."""
    import uuid
    boundary = uuid.uuid4().hex
    body = bytearray()
    for name, value in fields:
        disposition = f'form-data; name="{_quote_field(name)}"'
        extra = ''
        if isinstance(value, tuple):
            filename, value, content_type = value
            disposition += f'; filename="{_quote_field(filename)}"'
            extra = f'Content-Type: {content_type}\r\n'
        if isinstance(value, str):
            value = value.encode('utf-8')
        body += (f'--{boundary}\r\nContent-Disposition: {disposition}\r\n'
                 f'{extra}\r\n').encode('utf-8') + value + b'\r\n'
    body += f'--{boundary}--\r\n'.encode('ascii')
    return bytes(body), f'multipart/form-data; boundary={boundary}'


def _quote_field(text):
    return text.replace('\\', '\\\\').replace('"', '\\"').replace(
        '\r', ' ').replace('\n', ' ')


def _tell(fileobj):
    """Where a file object stands, or None when it cannot be rewound."""
    if fileobj is None:
        return None
    try:
        return fileobj.tell() if fileobj.seekable() else None
    except (AttributeError, OSError):
        return None


def split_bucket_path(path):
    """'BUCKET[/PREFIX]' -> ('BUCKET', 'PREFIX/' or '')."""
    bucket, _, prefix = path.strip('/').partition('/')
    if not bucket:
        raise ClientError(f'{path!r} does not name a bucket')
    if prefix and not prefix.endswith('/'):
        prefix += '/'
    return bucket, prefix


def _xml_escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;'))
