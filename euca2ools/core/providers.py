"""The AWS CLI's credential providers, tried after euca2ools' own sources.

Imported only when none of those sources had keys (a run with keys in the
environment or a config file never loads this module).  In order:

* the AWS profile (``--profile``, else AWS_PROFILE, else ``default``) with
  ``role_arn`` and ``web_identity_token_file``: as the variables below; with
  ``role_arn`` alone: STS AssumeRole, signed with the keys of its
  ``source_profile`` (static keys, another role profile, or a
  ``credential_process``) or of its ``credential_source``
  (``Environment``, ``Ec2InstanceMetadata``, ``EcsContainer``).  The
  session is cached until shortly before it expires, in a private folder
  (``$XDG_CACHE_HOME/euca2ools/credentials``, else
  ``~/.cache/euca2ools/credentials``; 0700, files 0600), keyed by the
  profile's settings;
* the profile's ``credential_process``: the command (split as a shell
  would, run without one) prints JSON: Version 1, AccessKeyId,
  SecretAccessKey and optionally SessionToken and Expiration;
* AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME): STS
  AssumeRoleWithWebIdentity, unsigned;
* the container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on
  169.254.170.2, or AWS_CONTAINER_CREDENTIALS_FULL_URI on a loopback
  address or one of the container hosts botocore allows, with
  AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE or AWS_CONTAINER_AUTHORIZATION_TOKEN
  as its Authorization header;
* the instance's role from the instance metadata service (IMDSv2 token
  first; IMDSv1 only when the server has no token endpoint: it answers the
  token request 403, 404 or 405, or not in time), at
  AWS_EC2_METADATA_SERVICE_ENDPOINT or 169.254.169.254, unless
  AWS_EC2_METADATA_DISABLED is true.  One attempt with one-second timeouts:
  a machine without the service waits at most about a second.

Every fetch goes through HttpClient to the one endpoint configured, and
follows a redirect only to that same endpoint.  Credentials whose
Expiration has passed are never used: a cached session is fetched again,
an answer with them is an error.  Errors are one line naming the source,
never a secret.
"""

import json
import os
import time

from .credentials import Credentials, clean_credential, parse_expiration
from .errors import ClientError, EucaError, printable

# A cached role session is used while at least this many seconds are left.
REFRESH_MARGIN = 300
PROCESS_TIMEOUT = 60.0           # seconds a credential_process may take
PROCESS_OUTPUT_LIMIT = 1 << 20   # bytes of its output read at most
ANSWER_LIMIT = 1 << 20           # bytes of a metadata answer
MAX_CHAIN = 5                    # source_profile hops

IMDS_TIMEOUT = 1.0
IMDS_TOKEN_TTL = '21600'
IMDS_URL = 'http://169.254.169.254/'
IMDS_ROLES = 'latest/meta-data/iam/security-credentials/'
CONTAINER_TIMEOUT = 2.0
CONTAINER_HOST = 'http://169.254.170.2'
# Besides loopback addresses, the hosts AWS_CONTAINER_CREDENTIALS_FULL_URI
# may name (botocore's list: ECS, EKS Pod Identity over IPv4 and IPv6).
CONTAINER_HOSTS = ('169.254.170.2', '169.254.170.23', 'fd00:ec2::23',
                   'localhost')


def sources(context, environ, profile):
    """[(name, callable returning Credentials or None)], in order."""
    return [
        (f'~/.aws profile {profile!r} (role_arn, credential_process)',
         lambda: from_profile(context, environ, profile)),
        ('AWS_WEB_IDENTITY_TOKEN_FILE',
         lambda: from_web_identity(context, environ)),
        ('the container credentials endpoint',
         lambda: from_container(context, environ)),
        ('the instance metadata service' + (
            '' if _imds_enabled(environ)
            else ' (not asked: AWS_EC2_METADATA_DISABLED)'),
         lambda: from_instance_metadata(context, environ)),
    ]


# -- the AWS profile ---------------------------------------------------------

def read_profile(environ, name):
    """{option: (value, where)} of profile NAME: ~/.aws/config's
    [profile NAME] (or [default]), overridden by ~/.aws/credentials' [NAME],
    as botocore merges them; None when neither file has it."""
    import configparser

    from .config import read_ini
    options = None
    for path, section, what in (
            (environ.get('AWS_CONFIG_FILE', '~/.aws/config'),
             name if name == 'default' else f'profile {name}',
             'AWS config file'),
            (environ.get('AWS_SHARED_CREDENTIALS_FILE', '~/.aws/credentials'),
             name, 'AWS credentials file')):
        parser = read_ini(path, configparser.RawConfigParser(), what,
                          missing_ok=True)
        if not parser.has_section(section):
            continue
        options = options or {}
        for option, value in parser.items(section):
            value = (value or '').strip()
            if value:
                options[option] = (value, f'{option} in {path} [{section}]')
    return options


def _value(options, name):
    return (options.get(name) or (None, None))[0]


def from_profile(context, environ, profile):
    """The profile's role or credential_process; None when it has
    neither (or does not exist)."""
    options = read_profile(environ, profile)
    if not options:
        return None
    if 'role_arn' in options:
        if 'web_identity_token_file' in options and not (
                'source_profile' in options
                or 'credential_source' in options):
            token_file, where = options['web_identity_token_file']
            return web_identity(context, os.path.expanduser(token_file),
                                where, _value(options, 'role_arn'),
                                _value(options, 'role_session_name'))
        return assume_role(context, environ, profile, options, ())
    if 'credential_process' in options:
        return run_process(environ, profile, options, context)
    return None


def _static(profile, options):
    key = _value(options, 'aws_access_key_id')
    secret = _value(options, 'aws_secret_access_key')
    if key and secret:
        token = (options.get('aws_session_token')
                 or options.get('aws_security_token') or (None, None))
        return Credentials(
            key, secret, token[0], source=f'~/.aws profile {profile!r}',
            where=(options['aws_access_key_id'][1],
                   options['aws_secret_access_key'][1], token[1]))
    return None


def _source_credentials(context, environ, profile, options, chain):
    """The keys that sign the AssumeRole of role profile PROFILE."""
    source = _value(options, 'source_profile')
    named = _value(options, 'credential_source')
    if source and named:
        raise ClientError(f'~/.aws profile {profile!r} has both '
                          'source_profile and credential_source: keep one')
    if named:
        finder = {'environment': _from_environment,
                  'ec2instancemetadata': from_instance_metadata,
                  'ecscontainer': from_container}.get(named.lower())
        if finder is None:
            raise ClientError(
                f'credential_source {named!r} of ~/.aws profile {profile!r} '
                'is not Environment, Ec2InstanceMetadata or EcsContainer')
        found = finder(context, environ)
        if found is None:
            raise ClientError(f'credential_source {named} of ~/.aws profile '
                              f'{profile!r} has no credentials')
        return found
    if not source:
        raise ClientError(f'~/.aws profile {profile!r} has role_arn but '
                          'neither source_profile nor credential_source')
    if source == profile:
        # A profile may be its own source: its keys assume its role.
        found = _static(profile, options)
        if found is None:
            raise ClientError(f'~/.aws profile {profile!r} is its own '
                              'source_profile but has no keys')
        return found
    if source in chain or len(chain) >= MAX_CHAIN:
        raise ClientError(f'source_profile of ~/.aws profile {profile!r} '
                          f'loops back or chains more than {MAX_CHAIN} '
                          f'roles ({" -> ".join(chain + (profile, source))})')
    source_options = read_profile(environ, source)
    if not source_options:
        raise ClientError(f'source_profile {source!r} of ~/.aws profile '
                          f'{profile!r} is in neither AWS file')
    if 'role_arn' in source_options:
        return assume_role(context, environ, source, source_options,
                           chain + (profile,))
    found = _static(source, source_options)
    if found is None and 'credential_process' in source_options:
        found = run_process(environ, source, source_options, context)
    if found is None:
        raise ClientError(f'source_profile {source!r} of ~/.aws profile '
                          f'{profile!r} has no keys (aws_access_key_id and '
                          'aws_secret_access_key) and no credential_process')
    return found


def _from_environment(context, environ):
    from .credentials import _from_env
    found = _from_env(environ, ('AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY'),
                      ('AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY'),
                      ('AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'))
    if found:
        return Credentials(*found[0], source='the environment',
                           where=found[1])
    return None


def assume_role(context, environ, profile, options, chain):
    """The role session of role profile PROFILE: from the cache while it
    lasts, else from STS AssumeRole (and then cached)."""
    role_arn = _value(options, 'role_arn')
    where = f'~/.aws profile {profile!r}'
    if 'mfa_serial' in options:
        raise ClientError(f'{where} has mfa_serial: euca2ools cannot ask for '
                          'the MFA code; get a session with euare-assumerole '
                          'or a credential_process instead')
    params = {'RoleArn': role_arn,
              'RoleSessionName': _value(options, 'role_session_name')}
    external_id = _value(options, 'external_id')
    if external_id:
        params['ExternalId'] = external_id
    duration = _value(options, 'duration_seconds')
    if duration:
        if not (duration.isascii() and duration.isdigit()
                and 900 <= int(duration) <= 43200):
            raise ClientError(f'{options["duration_seconds"][1]}: expected '
                              'whole seconds from 900 to 43200, not '
                              f'{printable(duration, 40)!r}')
        params['DurationSeconds'] = duration
    source = _source_credentials(context, environ, profile, options, chain)
    sts = _sts(context.with_keys(source.key_id, source.secret_key,
                                 source.token))
    key = _cache_key(profile, params, source.key_id, sts.url)
    cache = RoleCache(environ)
    found = cache.get(key, where)
    if found is not None:
        return found
    if not params['RoleSessionName']:
        params['RoleSessionName'] = f'euca2ools-session-{int(time.time())}'
    try:
        answer = sts.query('AssumeRole', params)
    except EucaError as err:
        raise ClientError(f'assuming role {role_arn} of {where} failed: '
                          f'{err}') from None
    values = _sts_credentials(answer, f'the AssumeRole answer for {where}')
    cache.put(key, values)
    return _credentials(values, f'role {role_arn} ({where})')


def _sts(context):
    from ..commands.euare import STS
    return STS(context)


def _cache_key(profile, params, key_id, url):
    import hashlib
    text = json.dumps([1, profile, params, key_id, url], sort_keys=True)
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:40]


def _sts_credentials(answer, what):
    creds = answer.get('Credentials') if isinstance(answer, dict) else None
    if not isinstance(creds, dict):
        raise ClientError(f'{what} holds no Credentials')
    return _check_values({
        'AccessKeyId': creds.get('AccessKeyId'),
        'SecretAccessKey': creds.get('SecretAccessKey'),
        'SessionToken': creds.get('SessionToken'),
        'Expiration': creds.get('Expiration')}, what, need_token=True)


def _check_values(values, what, need_token=False):
    """VALUES ({AccessKeyId, SecretAccessKey, SessionToken, Expiration})
    with every value a string and present where needed, and not expired;
    a ClientError naming WHAT (never a value) otherwise."""
    needed = ['AccessKeyId', 'SecretAccessKey'] + (
        ['SessionToken'] if need_token else [])
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise ClientError(f'{what}: {name} is not a string')
    missing = [name for name in needed if not (values.get(name) or '').strip()]
    if missing:
        raise ClientError(f'{what} has no {" or ".join(missing)}')
    if values.get('Expiration'):
        when = parse_expiration(values['Expiration'], f'{what}: Expiration')
        if when <= time.time():
            raise ClientError(f'{what}: the credentials expired at '
                              f'{printable(values["Expiration"], 40)}')
    return values


def _credentials(values, source):
    return Credentials(values['AccessKeyId'], values['SecretAccessKey'],
                       values.get('SessionToken'), source=source)


class RoleCache:
    """Role sessions by key, one JSON file each, in a folder only we may
    read; any trouble with it is a miss (the role is assumed again)."""

    def __init__(self, environ):
        self.environ = environ
        self._dir = False

    @property
    def dir(self):
        if self._dir is False:
            self._dir = None
            try:
                from ..completion.resources import _private_dir, cache_dir
                base = _private_dir(cache_dir(self.environ))
                if base:
                    self._dir = _private_dir(os.path.join(base,
                                                          'credentials'))
            except (OSError, ValueError):
                pass
        return self._dir

    def get(self, key, where):
        if self.dir is None:
            return None
        try:
            fd = os.open(os.path.join(self.dir, key + '.json'),
                         os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))
            with os.fdopen(fd, encoding='utf-8') as stream:
                values = json.load(stream)
            if not isinstance(values, dict):
                return None
            values = _check_values(values, 'cached', need_token=True)
            if parse_expiration(values.get('Expiration') or '',
                                'cached') - time.time() < REFRESH_MARGIN:
                return None
            return _credentials(values, f'cached role session ({where})')
        except (OSError, ValueError, TypeError, ClientError):
            return None

    def put(self, key, values):
        if self.dir is None:
            return
        import tempfile
        try:
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix='.tmp-')
            try:
                with os.fdopen(fd, 'w', encoding='utf-8') as stream:
                    json.dump(values, stream)
                os.replace(tmp, os.path.join(self.dir, key + '.json'))
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            pass


# -- credential_process ------------------------------------------------------

def run_process(environ, profile, options, context=None):
    """Run the profile's credential_process and read its JSON."""
    import shlex
    import subprocess
    import threading
    command, where = options['credential_process']
    what = f'credential_process of ~/.aws profile {profile!r}'
    try:
        argv = shlex.split(command)
    except ValueError as err:
        raise ClientError(f'{where}: cannot split the command ({err})')
    if not argv:
        raise ClientError(f'{where} is empty')
    env = getattr(environ, '_environ', environ)
    try:
        # Its standard input is not the command's (which may be reading
        # a password or user data from it); its errors go to ours.
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, env=dict(env))
    except OSError as err:
        raise ClientError(f'cannot run the {what} ({argv[0]}): '
                          f'{err.strerror or err}')
    killed = []

    def kill():
        killed.append(True)
        proc.kill()

    timer = threading.Timer(PROCESS_TIMEOUT, kill)
    timer.daemon = True
    timer.start()
    try:
        output = proc.stdout.read(PROCESS_OUTPUT_LIMIT + 1)
        if len(output) > PROCESS_OUTPUT_LIMIT:
            proc.kill()
        status = proc.wait()
    finally:
        timer.cancel()
        proc.stdout.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if killed:
        raise ClientError(f'the {what} did not finish within '
                          f'{PROCESS_TIMEOUT:g} seconds')
    if len(output) > PROCESS_OUTPUT_LIMIT:
        raise ClientError(f'the {what} printed more than '
                          f'{PROCESS_OUTPUT_LIMIT} bytes')
    if status != 0:
        raise ClientError(f'the {what} failed (exit status {status})')
    try:
        values = json.loads(output.decode('utf-8'))
    except (UnicodeDecodeError, ValueError):
        raise ClientError(f'the {what} printed no JSON document') from None
    if not isinstance(values, dict):
        raise ClientError(f'the {what} printed no JSON object')
    if values.get('Version') != 1:
        raise ClientError(f'the {what} printed Version '
                          f'{printable(str(values.get("Version")), 20)}, '
                          'not 1')
    values = _check_values(
        {name: values.get(name) for name in (
            'AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration')},
        f'the {what}')
    return _credentials(values, what)


# -- STS AssumeRoleWithWebIdentity -----------------------------------------

def from_web_identity(context, environ):
    token_file = (environ.get('AWS_WEB_IDENTITY_TOKEN_FILE') or '').strip()
    if not token_file:
        return None
    role_arn = (environ.get('AWS_ROLE_ARN') or '').strip()
    if not role_arn:
        raise ClientError('AWS_WEB_IDENTITY_TOKEN_FILE is set but '
                          'AWS_ROLE_ARN is not')
    return web_identity(context, token_file, 'AWS_WEB_IDENTITY_TOKEN_FILE',
                        role_arn, environ.get('AWS_ROLE_SESSION_NAME'))


def web_identity(context, token_file, where, role_arn, session):
    """STS AssumeRoleWithWebIdentity with the token in TOKEN_FILE (named
    WHERE in errors)."""
    from .config import read_text
    try:
        token = read_text(token_file, where)
    except OSError as err:
        raise ClientError(f'cannot read {where} {token_file}: '
                          f'{err.strerror or err}')
    token = clean_credential(token, f'the token in {where} {token_file}')
    if not token:
        raise ClientError(f'{where} {token_file} is empty')
    session = ((session or '').strip()
               or f'euca2ools-session-{int(time.time())}')
    sts = _sts(context)
    what = f'the AssumeRoleWithWebIdentity answer for {role_arn}'
    try:
        answer = _unsigned_query(sts, 'AssumeRoleWithWebIdentity', {
            'RoleArn': role_arn, 'RoleSessionName': session,
            'WebIdentityToken': token})
    except EucaError as err:
        raise ClientError(f'assuming role {role_arn} with {where} failed: '
                          f'{err}') from None
    values = _sts_credentials(answer, what)
    return _credentials(values, f'role {role_arn} (web identity)')


def _unsigned_query(service, action, params):
    """One Query API call without a signature (STS's web identity call)."""
    import urllib.parse

    from .service import check_root, error_from_response
    from .xmlparse import XMLError, parse_answer, payload
    body = urllib.parse.urlencode({'Action': action,
                                   'Version': service.API_VERSION,
                                   **params}).encode('ascii')

    def prepare(url):
        return {'Content-Type':
                'application/x-www-form-urlencoded; charset=utf-8'}, body

    response = service.http.request('POST', service.url, prepare,
                                    idempotent=True, what=action,
                                    redirects='never')
    if response.status_code >= 300:
        raise error_from_response(response)
    try:
        root_name, data = parse_answer(response.content)
    except XMLError as err:
        raise ClientError(f'the {action} answer is not XML ({err})')
    check_root(response, action, root_name, data)
    return payload(data, action)


# -- unsigned fetches: the container endpoint and the metadata service -------

def _client(context, timeout, retries):
    from .http import HttpClient
    from .service import user_agent, verify_ssl
    return HttpClient(timeout=timeout, connect_timeout=timeout,
                      max_retries=retries, verify=verify_ssl(context),
                      debug=False, user_agent=user_agent(),
                      stderr=context.stderr, environ=context.environ,
                      max_response_size=ANSWER_LIMIT,
                      answer_deadline=timeout * 2)


def _get(client, method, url, headers):
    return client.request(method, url, lambda _url: (dict(headers), None),
                          idempotent=True, what=f'{method} {url}',
                          redirects='same-origin')


def _debug(context, text):
    from .http.redact import debug
    debug(context, text)


def from_container(context, environ):
    relative = (environ.get('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')
                or '').strip()
    full = (environ.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') or '').strip()
    if relative:
        url, source = (CONTAINER_HOST + '/' + relative.lstrip('/'),
                       'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')
    elif full:
        url, source = full, 'AWS_CONTAINER_CREDENTIALS_FULL_URI'
        _check_container_url(url)
    else:
        return None
    from .service import check_url
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
        from .config import read_text
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


def _json_answer(content, what):
    try:
        values = json.loads(content.decode('utf-8'))
    except (UnicodeDecodeError, ValueError):
        raise ClientError(f'{what} answered no JSON document') from None
    if not isinstance(values, dict):
        raise ClientError(f'{what} answered no JSON object')
    return values


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
        from .service import check_url
        check_url(url, 'AWS_EC2_METADATA_SERVICE_ENDPOINT')
        return url.rstrip('/') + '/'
    return IMDS_URL


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
    from .http import TransportError
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
