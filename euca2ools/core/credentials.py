"""Finding the access key: the first source that gives both halves wins.

Order: -I/-S on the command line; the user named explicitly with
``--region USER@REGION``; AWS_ACCESS_KEY_ID/AWS_ACCESS_KEY +
AWS_SECRET_ACCESS_KEY/AWS_SECRET_KEY; the eucarc spellings EC2_ACCESS_KEY +
EC2_SECRET_KEY; the file named by AWS_CREDENTIAL_FILE; the config user of the
region; the keys in ~/.aws/credentials and ~/.aws/config (profile
``--profile``, else AWS_PROFILE, else default); then the AWS CLI's providers
(core/providers/, imported only when they are needed): the profile's role_arn
or credential_process, AWS_WEB_IDENTITY_TOKEN_FILE, the container endpoint,
the instance metadata service.

Every value, whatever its source, passes through ``clean_credential``: the
whitespace around it (a CRLF eucarc, a token file's newline) is stripped, and
a value that still holds a control character is refused with an error that
names where it came from and never shows it.  ``Credentials`` cleans what it
is given, so no key reaches a signer or a header uncleaned.
"""

import configparser
import datetime
import os

from .config import read_ini, read_text
from .errors import ClientError


def clean_credential(value, where):
    """VALUE without surrounding whitespace (None if nothing is left).

    WHERE names the value's source in the error for a value that holds a
    control character (or bytes that were not UTF-8); the value itself is
    never shown.
    """
    if value is None:
        return None
    value = str(value).strip()
    for char in value:
        if char < ' ' or '\x7f' <= char <= '\x9f':
            raise ClientError(f'{where} contains a control character '
                              '(the value is not shown); check it for a '
                              'stray line break or tab')
        if '\ud800' <= char <= '\udfff':
            raise ClientError(f'{where} is not valid UTF-8 (the value is '
                              'not shown)')
    if not value.isascii():
        # Keys and tokens are ASCII; anything else cannot sign a request.
        raise ClientError(f'{where} contains a non-ASCII character (the '
                          'value is not shown); check it for a pasted '
                          'typographic quote or dash')
    return value or None


class Credentials:
    # A plain class: dataclasses would add ~6 ms (inspect) to every start.
    def __init__(self, key_id, secret_key, token=None, source='',
                 where=None):
        """WHERE: (key ID, secret key, token) source names for errors;
        default: SOURCE for each."""
        where = where or (None, None, None)
        name = source or 'the credentials'
        self.key_id = clean_credential(
            key_id, where[0] or f'the access key ID from {name}')
        self.secret_key = clean_credential(
            secret_key, where[1] or f'the secret key from {name}')
        self.token = clean_credential(
            token, where[2] or f'the security token from {name}')
        self.source = source

    def __repr__(self):
        return (f'Credentials({self.key_id!r}, <secret>, '
                f'source={self.source!r})')


def _from_env(environ, key_vars, secret_vars, token_vars=()):
    """((key, secret, token), (their variable names)) or None."""
    def first(names):
        for name in names:
            value = clean_credential(environ.get(name), name)
            if value:
                return value, name
        return None, None

    (key, key_var), (secret, secret_var), (token, token_var) = (
        first(key_vars), first(secret_vars), first(token_vars))
    if key and secret:
        return (key, secret, token), (key_var, secret_var, token_var)
    return None


def parse_expiration(text, where):
    """TEXT (ISO 8601; no zone: UTC) as seconds since the epoch; a
    ClientError naming WHERE if it is not a time."""
    try:
        when = datetime.datetime.fromisoformat(
            str(text).strip().replace('Z', '+00:00'))
    except ValueError:
        raise ClientError(f'{where} is not an ISO 8601 time') from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.timestamp()


def _check_expiration(environ):
    expiry = (environ.get('AWS_CREDENTIAL_EXPIRATION') or '').strip()
    if not expiry:
        return
    try:
        when = datetime.datetime.fromisoformat(expiry.replace('Z', '+00:00'))
    except ValueError:
        return
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    if when <= datetime.datetime.now(datetime.timezone.utc):
        raise ClientError(
            f'the credentials in the environment expired at {expiry} '
            '(AWS_CREDENTIAL_EXPIRATION); get new ones, e.g. with '
            'euare-assumerole')


def read_credential_file(path):
    """The old AWS_CREDENTIAL_FILE format: AWSAccessKeyId= / AWSSecretKey=."""
    values = {}
    try:
        text = read_text(path, 'AWS_CREDENTIAL_FILE')
    except OSError as err:
        raise ClientError(f'cannot read AWS_CREDENTIAL_FILE {path}: '
                          f'{err.strerror}')
    for line in text.splitlines():
        name, sep, value = line.partition('=')
        if sep:
            values[name.strip()] = value
    where = f'in AWS_CREDENTIAL_FILE {path}'
    key = clean_credential(values.get('AWSAccessKeyId'),
                           f'AWSAccessKeyId {where}')
    secret = clean_credential(values.get('AWSSecretKey'),
                              f'AWSSecretKey {where}')
    if key and secret:
        return (key, secret, None), (f'AWSAccessKeyId {where}',
                                     f'AWSSecretKey {where}', None)
    return None


def _profile_section(profile, in_config_file):
    if in_config_file and profile != 'default':
        return f'profile {profile}'
    return profile


def read_aws_shared(environ, profile):
    """~/.aws/credentials [profile], then ~/.aws/config [profile NAME]."""
    cred_path = environ.get('AWS_SHARED_CREDENTIALS_FILE',
                            '~/.aws/credentials')
    conf_path = environ.get('AWS_CONFIG_FILE', '~/.aws/config')
    for path, section, what in (
            (cred_path, _profile_section(profile, False),
             'AWS credentials file'),
            (conf_path, _profile_section(profile, True), 'AWS config file')):
        parser = read_ini(path, configparser.RawConfigParser(), what,
                          missing_ok=True)
        if not parser.has_section(section):
            continue

        def get(*options):
            for option in options:
                where = f'{option} in {path} [{section}]'
                value = clean_credential(
                    parser.get(section, option, fallback=None), where)
                if value:
                    return value, where
            return None, None

        (key, key_where), (secret, secret_where), (token, token_where) = (
            get('aws_access_key_id'), get('aws_secret_access_key'),
            get('aws_session_token', 'aws_security_token'))
        if key and secret:
            return (key, secret, token), (key_where, secret_where,
                                          token_where)
    return None


def aws_profile_region(environ=os.environ, profile=None):
    """The region of the ~/.aws/config profile (PROFILE, else AWS_PROFILE,
    else default), a last-resort region name."""
    profile = profile or environ.get('AWS_PROFILE') or 'default'
    parser = read_ini(environ.get('AWS_CONFIG_FILE', '~/.aws/config'),
                      configparser.RawConfigParser(), 'AWS config file',
                      missing_ok=True)
    region = parser.get(_profile_section(profile, True), 'region',
                        fallback=None)
    return region.strip() if region else None


CLI_WHERE = ('-I/--access-key-id', '-S/--secret-key', '--security-token')


def find_credentials(regionuser, key_id=None, secret_key=None, token=None,
                     environ=os.environ, profile=None, context=None):
    """The Credentials of the first source that has them (see the module);
    PROFILE: --profile; CONTEXT: the command's (the AWS providers call STS
    and metadata services with its settings)."""
    key_id, secret_key, token = (
        clean_credential(value, where)
        for value, where in zip((key_id, secret_key, token), CLI_WHERE))
    if key_id or secret_key:
        if not (key_id and secret_key):
            raise ClientError('-I/--access-key-id and -S/--secret-key must be '
                              'given together')
        return Credentials(key_id, secret_key, token, 'command line',
                           where=CLI_WHERE)

    looked = []

    def from_user(user):
        where = tuple(f'{option} of config user {user!r}' for option in
                      ('key-id', 'secret-key', 'security-token'))
        key, secret, user_token = (
            clean_credential(regionuser.config.get_user_option(user, option),
                             name)
            for option, name in zip(('key-id', 'secret-key',
                                     'security-token'), where))
        if key and secret:
            return (key, secret, user_token), where
        return None

    sources = []
    if regionuser.explicit_user:
        sources.append((f'config user {regionuser.user!r}',
                        lambda: from_user(regionuser.user)))
    sources += [
        ('AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY',
         lambda: _from_env(environ, ('AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY'),
                           ('AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY'),
                           ('AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'))),
        ('EC2_ACCESS_KEY/EC2_SECRET_KEY',
         lambda: _from_env(environ, ('EC2_ACCESS_KEY',), ('EC2_SECRET_KEY',),
                           ('AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'))),
    ]
    if environ.get('AWS_CREDENTIAL_FILE'):
        sources.append(('AWS_CREDENTIAL_FILE', lambda: read_credential_file(
            environ['AWS_CREDENTIAL_FILE'].strip())))
    if regionuser.user and not regionuser.explicit_user:
        sources.append((f'config user {regionuser.user!r}',
                        lambda: from_user(regionuser.user)))
    profile = ((profile or '').strip()
               or (environ.get('AWS_PROFILE') or '').strip() or 'default')
    sources.append((f'~/.aws profile {profile!r}',
                    lambda: read_aws_shared(environ, profile)))

    def aws_providers():
        from . import providers
        nonlocal context
        if context is None:
            from .context import Context
            context = Context(environ=environ)
        return providers.sources(context, environ, profile)

    for name, source in _then(sources, aws_providers):
        found = source()
        if isinstance(found, Credentials):
            return found
        if found:
            values, where = found
            if name.startswith(('AWS_ACCESS', 'EC2_ACCESS')):
                _check_expiration(environ)
            return Credentials(*values, source=name, where=where)
        looked.append(name)
    raise ClientError('no access key found; looked in -I/-S, '
                      + ', '.join(looked)
                      + (', a config user (none selected: use --region '
                         'USER@REGION)' if not regionuser.user else ''))


def _then(first, more):
    """FIRST's items, then those of MORE() (called only if they are
    needed)."""
    yield from first
    yield from more()
