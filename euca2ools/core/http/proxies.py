"""HTTP(S)_PROXY and NO_PROXY, read as curl and requests read them.

A proxy is spoken to in plain HTTP: ``http://[USER:PASSWORD@]HOST[:PORT]``
(or a bare ``HOST:PORT``); https requests go through it in a CONNECT tunnel,
so TLS runs end to end.  A proxy reached over TLS (``https://``), a SOCKS
proxy or a URL that does not read as one is an error naming the variable:
never sent in the clear, never mistaken for something else.

NO_PROXY is a comma-separated list: ``*`` (no proxy at all), a domain
(``example.com`` or ``.example.com``: that host and every host below it),
an IP address (that address only: no suffix match on numbers), a CIDR block
(``10.0.0.0/8``, ``fd00::/8``), a bracketed IPv6 address, each optionally
with ``:PORT`` (then only that port).
"""

import ipaddress
import urllib.parse

from ..errors import redact_userinfo
from .errors import TransportError

DEFAULT_PROXY_PORT = 8080


def _env(environ, name):
    """The lower-case spelling first, as curl does; and which one it was."""
    for spelling in (name.lower(), name.upper()):
        if environ.get(spelling):
            return environ[spelling].strip(), spelling
    return None, None


def proxy_for(scheme, hostname, environ, port=None):
    """The proxy URL (``http://...``) for a request to HOSTNAME[:PORT] over
    SCHEME, or None (no proxy set, or NO_PROXY names the host)."""
    proxy, variable = _env(environ, f'{scheme}_proxy')
    if not proxy:
        return None
    no_proxy, _ = _env(environ, 'no_proxy')
    if no_proxy and bypassed(hostname, port or (443 if scheme == 'https'
                                                 else 80), no_proxy):
        return None
    return checked_proxy(proxy, variable)


def checked_proxy(proxy, variable):
    if '://' not in proxy:
        proxy = 'http://' + proxy
    parts = urllib.parse.urlsplit(proxy)
    shown = redact_userinfo(proxy)

    def refuse(why):
        return TransportError(f'{variable} {shown}: {why}', final=True)

    scheme = parts.scheme.lower()
    if scheme == 'https':
        raise refuse('a proxy reached over TLS (https://) is not supported; '
                     'use http://HOST:PORT (https requests still go through '
                     'it in a tunnel, encrypted end to end)')
    if scheme != 'http':
        raise refuse(f'{scheme}:// proxies are not supported; use an HTTP '
                     'proxy (http://HOST:PORT)')
    try:
        parts.port
    except ValueError:
        raise refuse('bad port')
    if not parts.hostname or (parts.path not in ('', '/')) or parts.query:
        raise refuse('not a proxy URL (http://[USER:PASSWORD@]HOST[:PORT])')
    return proxy


def bypassed(hostname, port, no_proxy):
    """True when NO_PROXY names HOSTNAME (at PORT)."""
    host = hostname.lower().strip('[]').rstrip('.')
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for entry in no_proxy.replace(' ', '').lower().split(','):
        if not entry:
            continue
        if entry == '*':
            return True
        name, entry_port = _split_port(entry)
        if entry_port is not None and entry_port != port:
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass        # a name, not an address or block
            continue
        name = name.lstrip('.').rstrip('.')
        if name and (host == name or host.endswith('.' + name)):
            return True
    return False


def _split_port(entry):
    """(name, port or None) of a NO_PROXY entry; '[::1]:443', 'host:80',
    'fd00::/8' (an IPv6 block has colons but no port)."""
    if entry.startswith('['):
        name, _, rest = entry[1:].partition(']')
        port = rest[1:] if rest.startswith(':') else ''
    elif entry.count(':') == 1:
        name, _, port = entry.partition(':')
    else:
        name, port = entry, ''
    return name, int(port) if port.isdigit() else None
