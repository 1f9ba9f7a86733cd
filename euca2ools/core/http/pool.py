"""Connections: kept alive one per scheme/host/port, opened directly or
through the proxy that HTTP(S)_PROXY names (unless NO_PROXY exempts the
host: proxies.py), with TLS verified unless verify-ssl is false."""

import http.client
import urllib.parse

from ..errors import ClientError
from .errors import TransportError, reason
from .proxies import DEFAULT_PROXY_PORT, proxy_for


class Pool:
    """One per HttpClient: its kept-alive connections and TLS context."""

    def __init__(self, connect_timeout, verify, environ):
        self.connect_timeout = connect_timeout
        self.verify = verify
        self.environ = environ
        self._connections = {}
        self._tls = None

    def connection(self, parts):
        """The kept-alive connection for this scheme/host/port (or a new
        one), and the request target to send on it."""
        scheme = parts.scheme.lower()
        if scheme not in ('http', 'https'):
            raise TransportError(f'unsupported URL scheme {parts.scheme!r} '
                                 '(use http:// or https://)', final=True)
        try:
            port = parts.port or (443 if scheme == 'https' else 80)
        except ValueError:
            raise TransportError(f'bad port in URL host {parts.netloc!r}',
                                 final=True)
        hostname = parts.hostname or ''
        key = (scheme, hostname, port)
        target = (parts.path or '/') + (f'?{parts.query}' if parts.query
                                        else '')
        proxy = proxy_for(scheme, hostname, self.environ, port)
        conn = self._connections.get(key)
        if conn is not None and conn.sock is not None \
                and connection_dropped(conn.sock):
            self.drop(conn)
            conn = None
        if conn is None:
            conn = self._open(scheme, hostname, port, proxy)
            self._connections[key] = conn
        if proxy and scheme == 'http':
            target = urllib.parse.urlunsplit(
                (scheme, parts.netloc, parts.path or '/', parts.query, ''))
        return conn, target

    def _open(self, scheme, hostname, port, proxy):
        timeout = self.connect_timeout
        if proxy:
            proxy_parts = urllib.parse.urlsplit(proxy)
            proxy_host = proxy_parts.hostname
            proxy_port = proxy_parts.port or DEFAULT_PROXY_PORT
            auth = {}
            if proxy_parts.username:
                import base64
                token = base64.b64encode(
                    f'{urllib.parse.unquote(proxy_parts.username)}:'
                    f'{urllib.parse.unquote(proxy_parts.password or "")}'
                    .encode('utf-8')).decode('ascii')
                auth = {'Proxy-Authorization': f'Basic {token}'}
            if scheme == 'https':
                conn = http.client.HTTPSConnection(
                    proxy_host, proxy_port, timeout=timeout,
                    context=self.tls_context())
                conn.set_tunnel(hostname, port, headers=auth)
            else:
                conn = http.client.HTTPConnection(proxy_host, proxy_port,
                                                  timeout=timeout)
                conn.proxy_headers = auth
            return conn
        if scheme == 'https':
            return http.client.HTTPSConnection(hostname, port, timeout=timeout,
                                               context=self.tls_context())
        return http.client.HTTPConnection(hostname, port, timeout=timeout)

    def tls_context(self):
        """Verified against the system CAs (or AWS_CA_BUNDLE,
        REQUESTS_CA_BUNDLE, SSL_CERT_FILE) unless verify-ssl is false."""
        if self._tls is None:
            import ssl
            if not self.verify:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            else:
                bundle = next((self.environ[v] for v in (
                    'AWS_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'SSL_CERT_FILE')
                    if self.environ.get(v)), None)
                try:
                    context = ssl.create_default_context(cafile=bundle)
                except (OSError, ssl.SSLError) as err:
                    raise ClientError(f'cannot load the CA bundle {bundle}: '
                                      f'{reason(err)}')
            self._tls = context
        return self._tls

    def drop(self, conn):
        """Close a connection and forget it (it is not reusable)."""
        for key, known in list(self._connections.items()):
            if known is conn:
                del self._connections[key]
        try:
            conn.close()
        except OSError:
            pass

    def close(self):
        for conn in list(self._connections.values()):
            self.drop(conn)

    def shut_down(self):
        """Shut every socket down (from another thread): whatever blocking
        send or read is under way on it returns at once."""
        import socket
        for conn in list(self._connections.values()):
            sock = getattr(conn, 'sock', None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def connection_dropped(sock):
    """True when a kept-alive socket was closed (or sent junk) while idle."""
    import select
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
