"""An HTTP answer: its headers, and its body read whole (within the size
bound) or as a stream."""

from ..errors import ClientError
from ..settings import format_size, setting
from .errors import host_of
from .limits import DEFAULT_MAX_RESPONSE_SIZE, READ_CHUNK


class Headers(dict):
    """Response headers; lookups ignore case (keys are stored lower-case)."""

    def __init__(self, pairs=()):
        super().__init__()
        for name, value in pairs:
            name = name.lower()
            # Repeated headers join with ',' as HTTP allows.
            self[name] = f'{self[name]}, {value}' if name in self else value

    def __getitem__(self, name):
        return super().__getitem__(name.lower())

    def __contains__(self, name):
        return super().__contains__(str(name).lower())

    def get(self, name, default=None):
        return super().get(name.lower(), default)


class Response:
    """An HTTP answer: ``status_code``, ``reason``, ``headers``, and the body
    as ``content`` (read whole, within the size bound) or, for a stream,
    ``read(n)`` / ``read1(n)`` / ``iter_content(n)``."""

    uncertain = False    # an earlier attempt may have acted (client.request)

    def __init__(self, status_code, reason, headers, reader=None,
                 content=None, max_size=DEFAULT_MAX_RESPONSE_SIZE, url=''):
        self.status_code = status_code
        self.reason = reason
        self.headers = headers
        self.url = url
        self._reader = reader          # object with read1(n) and close()
        self._content = content
        self.max_size = max_size

    @property
    def content(self):
        if self._content is None:
            self._content = self._read_all()
        return self._content

    @property
    def text(self):
        return self.content.decode('utf-8', 'replace')

    def _read_all(self):
        if self._reader is None:
            return b''
        declared = self.headers.get('Content-Length')
        if declared and declared.isdigit() and int(declared) > self.max_size:
            self.close()
            raise too_big(self.url, self.max_size)
        body = bytearray()
        try:
            while chunk := self._reader.read1(READ_CHUNK):
                body += chunk
                if len(body) > self.max_size:
                    raise too_big(self.url, self.max_size)
        finally:
            self.close()
        return bytes(body)

    def read1(self, size=READ_CHUNK):
        if self._content is not None:
            chunk, self._content = self._content[:size], self._content[size:]
            return chunk
        if self._reader is None:
            return b''
        return self._reader.read1(size)

    def read(self, size=-1):
        if size is None or size < 0:
            return self.content
        out = bytearray()
        while len(out) < size:
            chunk = self.read1(size - len(out))
            if not chunk:
                break
            out += chunk
        return bytes(out)

    def iter_content(self, size=READ_CHUNK):
        while chunk := self.read1(size):
            yield chunk

    def close(self):
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def too_big(url, limit, how=''):
    """The error for an answer from ``url`` over ``limit`` bytes."""
    how = f' {how}' if how else ''
    bound = setting('max-response-size')
    return ClientError(
        f'the answer from {host_of(url)} is larger than {format_size(limit)}'
        f'{how} ({bound.name}); narrow the request (filters, IDs) or raise '
        f'{bound.name} in the config or {bound.env}')
