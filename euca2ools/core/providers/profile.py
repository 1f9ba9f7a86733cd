"""The AWS profile: static keys, role_arn (cached AssumeRole) and its
sources."""

import json
import os
import time

from ..credentials import Credentials, parse_expiration
from ..errors import ClientError, EucaError, printable
from .common import (MAX_CHAIN, REFRESH_MARGIN, _check_values, _credentials,
                     _sts, _sts_credentials)
from .process import run_process
from .remote import from_container, from_instance_metadata
from .webidentity import web_identity


def read_profile(environ, name):
    """{option: (value, where)} of profile NAME: ~/.aws/config's
    [profile NAME] (or [default]), overridden by ~/.aws/credentials' [NAME],
    as botocore merges them; None when neither file has it."""
    import configparser

    from ..config import read_ini
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
    from ..credentials import _from_env
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


def _cache_key(profile, params, key_id, url):
    import hashlib
    text = json.dumps([1, profile, params, key_id, url], sort_keys=True)
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:40]


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
                from ...completion.resources import _private_dir, cache_dir
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
