"""Which redirects a request may follow: a signed request goes only where
the user pointed it.

* ``never``: the Query APIs (EC2, IAM, ...) never redirect, so any
  redirect is an error; following one would hand a signed request, and
  its body (a password, a policy), to another host.
* ``same-origin``: signed S3 requests follow a redirect only to the same
  scheme, host and port (the endpoint the user named): S3's region
  redirects point at another host, which must not get the credentials or
  the body, so they are an error naming the endpoint to use instead.
* ``unsigned``: requests that carry no credentials (a public image catalog,
  the instance metadata) may go anywhere but from https down to http.
"""

import urllib.parse

from ..errors import ClientError, printable
from .errors import host_of

REDIRECT_STATUSES = frozenset((301, 302, 303, 307, 308))
POLICIES = ('never', 'same-origin', 'unsigned')


def _origin(parts):
    scheme = parts.scheme.lower()
    try:
        port = parts.port or (443 if scheme == 'https' else 80)
    except ValueError:
        port = None
    return scheme, (parts.hostname or '').lower(), port


def redirect_target(url, status, location, policy):
    """The URL to follow a redirect to, or a ClientError saying why not."""
    shown = printable(location, 200)
    where = f'{host_of(url)} answered HTTP {status} redirecting to {shown}'
    if not location.isascii() or not location.isprintable():
        raise ClientError(f'{where}; not followed: the address is not a '
                          'plain URL')
    target = urllib.parse.urljoin(url, location)
    old, new = urllib.parse.urlsplit(url), urllib.parse.urlsplit(target)
    if policy == 'never':
        raise ClientError(f'{where}; not followed: this service never '
                          'redirects, and a signed request goes only to the '
                          'endpoint you named: check its URL')
    if policy == 'same-origin':
        if _origin(new) != _origin(old):
            raise ClientError(f'{where}; not followed: a signed request '
                              'goes only to the endpoint you named (if you '
                              'trust that one, name it with -U/--url or the '
                              "region's configuration)")
        return target
    if old.scheme.lower() == 'https' and new.scheme.lower() != 'https':
        raise ClientError(f'{where}; not followed: it leaves https')
    if new.scheme.lower() not in ('http', 'https'):
        raise ClientError(f'{where}; not followed: not an http(s) URL')
    return target
