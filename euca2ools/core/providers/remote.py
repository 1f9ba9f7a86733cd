"""The container credentials endpoint and the instance metadata service."""

from ..credentials import clean_credential
from ..errors import ClientError, EucaError, printable
from . import common
from .common import (CONTAINER_HOSTS, CONTAINER_TIMEOUT,
                     IMDS_ROLES, IMDS_TIMEOUT, IMDS_TOKEN_TTL,
                     _check_values, _client, _credentials, _debug, _get,
                     _json_answer)


def from_container(context, environ):
    relative = (environ.get('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')
                or '').strip()
    full = (environ.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') or '').strip()
    if relative:
        url, source = (common.CONTAINER_HOST + '/' + relative.lstrip('/'),
                       'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')
    elif full:
        url, source = full, 'AWS_CONTAINER_CREDENTIALS_FULL_URI'
        _check_container_url(url)
    else:
        return None
    from ..service import check_url
    check_url(url, source)
    headers = {'Accept': 'application/json'}
    token = _container_token(environ)
    if token:
        headers['Authorization'] = token
    what = f'the container credentials endpoint ({source})'
    client = _client(context, CONTAINER_TIMEOUT, 1)
    _debug(context, f'credentials: GET {url} ({source})')
    try:
        response = _get(client, 'GET', url, headers)
    except EucaError as err:
        raise ClientError(f'{what}: {err}') from None
    finally:
        client.close()
    if response.status_code != 200:
        raise ClientError(f'{what} answered HTTP {response.status_code}')
    values = _json_answer(response.content, what)
    values = _check_values({
        'AccessKeyId': values.get('AccessKeyId'),
        'SecretAccessKey': values.get('SecretAccessKey'),
        'SessionToken': values.get('Token'),
        'Expiration': values.get('Expiration')}, what)
    return _credentials(values, what)


def _check_container_url(url):
    import ipaddress
    import urllib.parse
    try:
        host = urllib.parse.urlsplit(url).hostname or ''
    except ValueError:
        host = ''
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    if host.lower() in CONTAINER_HOSTS:
        return
    raise ClientError(
        f'AWS_CONTAINER_CREDENTIALS_FULL_URI {printable(url, 200)!r} names '
        f'host {printable(host, 100)!r}: only a loopback address or '
        f'{", ".join(CONTAINER_HOSTS)} may hand out credentials')


def _container_token(environ):
    path = (environ.get('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE')
            or '').strip()
    if path:
        from ..config import read_text
        try:
            text = read_text(path, 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE')
        except OSError as err:
            raise ClientError(f'cannot read '
                              f'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE '
                              f'{path}: {err.strerror or err}')
        return clean_credential(
            text, f'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE {path}')
    return clean_credential(environ.get('AWS_CONTAINER_AUTHORIZATION_TOKEN'),
                            'AWS_CONTAINER_AUTHORIZATION_TOKEN')


def _imds_enabled(environ):
    # botocore's test: the value is "true" in any case.
    return (environ.get('AWS_EC2_METADATA_DISABLED') or '').strip().lower() \
        != 'true'


def imds_url(environ):
    """The metadata service's base URL (ending in /), or None when
    AWS_EC2_METADATA_DISABLED is true."""
    if not _imds_enabled(environ):
        return None
    url = (environ.get('AWS_EC2_METADATA_SERVICE_ENDPOINT') or '').strip()
    if url:
        from ..service import check_url
        check_url(url, 'AWS_EC2_METADATA_SERVICE_ENDPOINT')
        return url.rstrip('/') + '/'
    return common.IMDS_URL


def from_instance_metadata(context, environ):
    """The instance role's credentials; None when there is no metadata
    service (or it is disabled) or the instance has no role."""
    base = imds_url(environ)
    if base is None:
        return None
    what = f'the instance metadata service ({base})'
    client = _client(context, IMDS_TIMEOUT, 0)
    try:
        try:
            token = _imds_token(client, base, what)
        except _NoService:
            _debug(context, f'credentials: no answer from {base}')
            return None
        headers = {'X-aws-ec2-metadata-token': token} if token else {}
        try:
            response = _get(client, 'GET', base + IMDS_ROLES, headers)
        except EucaError as err:
            if token is None:
                _debug(context, f'credentials: {base}: {err}')
                return None
            raise ClientError(f'{what}: {err}') from None
        if response.status_code == 404:
            return None    # no role
        if response.status_code != 200:
            raise ClientError(f'{what} answered the role request HTTP '
                              f'{response.status_code}')
        role = response.content.decode('utf-8', 'replace').strip()
        role = role.splitlines()[0].strip() if role else ''
        if not role:
            return None
        if '/' in role or not role.isprintable():
            raise ClientError(f'{what} named role {printable(role, 100)!r}, '
                              'not a role name')
        import urllib.parse
        try:
            response = _get(client, 'GET', base + IMDS_ROLES
                            + urllib.parse.quote(role, safe=''), headers)
        except EucaError as err:
            raise ClientError(f'{what}: {err}') from None
    finally:
        client.close()
    if response.status_code != 200:
        raise ClientError(f'{what} answered the credentials request HTTP '
                          f'{response.status_code}')
    values = _json_answer(response.content, what)
    if values.get('Code', 'Success') != 'Success':
        raise ClientError(f'{what} said '
                          f'{printable(str(values.get("Code")), 100)} for '
                          f'role {role}')
    values = _check_values({
        'AccessKeyId': values.get('AccessKeyId'),
        'SecretAccessKey': values.get('SecretAccessKey'),
        'SessionToken': values.get('Token'),
        'Expiration': values.get('Expiration')}, what)
    return _credentials(values, f'instance role {role} ({base})')


class _NoService(Exception):
    """Nothing answers at the metadata address."""


def _imds_token(client, base, what):
    """The IMDSv2 session token; None when the service has no token
    endpoint (botocore's rule: 403, 404 or 405, or no answer in time);
    _NoService when nothing is there."""
    from ..http import TransportError
    try:
        response = _get(client, 'PUT', base + 'latest/api/token',
                        {'X-aws-ec2-metadata-token-ttl-seconds':
                         IMDS_TOKEN_TTL})
    except TransportError as err:
        if err.sent:      # connected, but the answer did not come in time
            return None
        raise _NoService() from None
    except EucaError as err:
        raise ClientError(f'{what}: {err}') from None
    if response.status_code in (403, 404, 405):
        return None
    if response.status_code != 200:
        raise ClientError(f'{what} answered the token request HTTP '
                          f'{response.status_code}')
    token = response.content.decode('ascii', 'replace').strip()
    if not token or not token.isprintable() or len(token) > 4096:
        raise ClientError(f'{what} answered the token request with no '
                          'usable token')
    return token
