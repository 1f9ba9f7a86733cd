"""A small, scriptable, misbehaving HTTP server on 127.0.0.1.

moto answers like a healthy cloud; this one answers the way broken proxies,
overloaded servers and attackers do: HTML at 200, error documents at 200,
repeated paging tokens, one byte a second, silence, resets in the middle of
a body, bodies larger than any sane answer, missing ETags.

    server = HostileServer()            # listening on 127.0.0.1:<free port>
    server.script = [reply(200, b'...'), hang()]   # one per request; the
                                                   # last one repeats
    server.url                           # 'http://127.0.0.1:PORT/'
    server.mute = True                   # accept connections, read, never
                                         # answer (a TLS handshake that hangs)
    server.requests                      # [Request(method, target, headers,
                                         #          body, params, conn_id)]
    server.close()

Every behaviour is bounded in time and bytes and stops when the client goes
away, so a failing test never hangs the suite.
"""

import socket
import struct
import threading
import time

from tests.query_helpers import query_params

MAX_STALL = 20.0   # no behaviour keeps a connection longer than this


class Request:
    def __init__(self, method, target, headers, body, conn_id):
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.conn_id = conn_id
        try:
            self.params = query_params(body)
        except ValueError:     # not a form (UnicodeDecodeError is one too)
            self.params = {}


def _head(status, headers, length=None, reason=None):
    reason = reason or ("OK" if status < 300 else "Status")
    lines = [f'HTTP/1.1 {status} {reason}']
    if length is not None:
        lines.append(f'Content-Length: {length}')
    lines += [f'{k}: {v}' for k, v in (headers or {}).items()]
    return ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1')


def reply(status=200, body=b'', headers=None, reason=None):
    """A well-formed answer (keep-alive); REASON: the status line's
    reason phrase (any bytes a server might put there, latin-1)."""
    def behave(sock, request):
        data = body(request) if callable(body) else body
        sock.sendall(_head(status, headers, len(data), reason) + data)
        return True
    return behave


def drip(status=200, body=b'<x/>', interval=0.2, headers_too=False):
    """The answer one byte every ``interval`` seconds (headers included
    when ``headers_too``)."""
    def behave(sock, request):
        head = _head(status, None, len(body))
        data = head + body
        if not headers_too:
            sock.sendall(head)
            data = body
        deadline = time.monotonic() + MAX_STALL
        for byte in data:
            if time.monotonic() > deadline:
                return False
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return False
            time.sleep(interval)
        return True
    return behave


def hang():
    """Read the request, never answer (until the client leaves)."""
    def behave(sock, request):
        sock.settimeout(MAX_STALL)
        try:
            while sock.recv(1024):
                pass
        except OSError:
            pass
        return False
    return behave


def reset_after(status=200, body=b'', cut=10, headers=None):
    """Promise the whole body, send ``cut`` bytes of it, then reset."""
    def behave(sock, request):
        sock.sendall(_head(status, headers, len(body)) + body[:cut])
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                        struct.pack('ii', 1, 0))
        return False
    return behave


def endless(status=200, prefix=b'<DescribeInstancesResponse>',
            chunk=b'<item><instanceId>i-1</instanceId></item>' * 100,
            declared=None, limit=512 * 2**20, interval=0):
    """A body that goes on (up to ``limit`` bytes, and MAX_STALL seconds);
    ``declared`` sets a Content-Length, else the body ends when the
    connection closes.  ``interval``: a pause after each chunk (a server
    that keeps a stream moving, never finishing it)."""
    def behave(sock, request):
        sock.sendall(_head(status, {'Connection': 'close'}, declared)
                     + prefix)
        sent = 0
        deadline = time.monotonic() + MAX_STALL
        try:
            while sent < limit and time.monotonic() < deadline:
                sock.sendall(chunk)
                sent += len(chunk)
                if interval:
                    time.sleep(interval)
        except OSError:
            pass
        return False
    return behave


class HostileServer:
    def __init__(self, tls=None):
        """``tls``: (certificate path, key path) to serve HTTPS."""
        self._tls = None
        if tls:
            import ssl
            self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._tls.load_cert_chain(*tls)
        self.script = [reply(200, b'')]
        self.mute = False
        self.requests = []
        self.connections = 0
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(('127.0.0.1', 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self.url = f'http{"s" if tls else ""}://127.0.0.1:{self.port}/'
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _next_behaviour(self):
        index = min(len(self.requests) - 1, len(self.script) - 1)
        return self.script[index]

    def _accept(self):
        while not self._closed:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(sock, self.connections),
                             daemon=True).start()

    def _serve(self, sock, conn_id):
        sock.settimeout(MAX_STALL)
        if self.mute:   # say nothing at all, not even to a TLS hello
            try:
                while sock.recv(4096):
                    pass
            except OSError:
                pass
            sock.close()
            return
        if self._tls is not None:
            try:
                sock = self._tls.wrap_socket(sock, server_side=True)
            except OSError:   # the client refused our certificate
                sock.close()
                return
        reader = sock.makefile('rb')
        try:
            while not self._closed:
                request = self._read_request(reader, conn_id)
                if request is None:
                    return
                self.requests.append(request)
                if not self._next_behaviour()(sock, request):
                    return
        except OSError:
            return
        finally:
            reader.close()
            sock.close()

    @staticmethod
    def _read_request(reader, conn_id):
        line = reader.readline(65536)
        if not line.strip():
            return None
        try:
            method, target, _ = line.decode('latin-1').split(' ', 2)
        except ValueError:   # not HTTP (e.g. a TLS hello): no request
            return None
        headers = {}
        while True:
            line = reader.readline(65536)
            if line in (b'\r\n', b'\n', b''):
                break
            name, _, value = line.decode('latin-1').partition(':')
            headers[name.strip().lower()] = value.strip()
        body = reader.read(int(headers.get('content-length') or 0))
        return Request(method, target, headers, body, conn_id)

    def close(self):
        self._closed = True
        self._listener.close()
