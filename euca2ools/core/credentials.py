"""Finding the access key: the first source that gives both halves wins.

Order: -I/-S on the command line; the user named explicitly with
``--region USER@REGION``; AWS_ACCESS_KEY_ID/AWS_ACCESS_KEY +
AWS_SECRET_ACCESS_KEY/AWS_SECRET_KEY; the eucarc spellings EC2_ACCESS_KEY +
EC2_SECRET_KEY; the file named by AWS_CREDENTIAL_FILE; the config user of the
region; ~/.aws/credentials and ~/.aws/config (profile AWS_PROFILE or default).
"""

import configparser
import datetime
import os

from .errors import ClientError


class Credentials:
    # A plain class: dataclasses would add ~6 ms (inspect) to every start.
    def __init__(self, key_id, secret_key, token=None, source=''):
        self.key_id = key_id
        self.secret_key = secret_key
        self.token = token
        self.source = source

    def __repr__(self):
        return f'Credentials({self.key_id!r}, <secret>, source={self.source!r})'


def _from_env(environ, key_vars, secret_vars, token_vars=()):
    key = next((environ[v] for v in key_vars if environ.get(v)), None)
    secret = next((environ[v] for v in secret_vars if environ.get(v)), None)
    token = next((environ[v] for v in token_vars if environ.get(v)), None)
    if key and secret:
        return key, secret, token
    return None


def _check_expiration(environ):
    expiry = environ.get('AWS_CREDENTIAL_EXPIRATION')
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
        with open(os.path.expanduser(path), encoding='utf-8') as fileobj:
            for line in fileobj:
                name, sep, value = line.strip().partition('=')
                if sep:
                    values[name.strip()] = value.strip()
    except OSError as err:
        raise ClientError(f'cannot read AWS_CREDENTIAL_FILE {path}: '
                          f'{err.strerror}')
    if values.get('AWSAccessKeyId') and values.get('AWSSecretKey'):
        return values['AWSAccessKeyId'], values['AWSSecretKey'], None
    return None


def read_aws_shared(environ, profile):
    """~/.aws/credentials [profile], then ~/.aws/config [profile NAME]."""
    cred_path = environ.get('AWS_SHARED_CREDENTIALS_FILE',
                            '~/.aws/credentials')
    conf_path = environ.get('AWS_CONFIG_FILE', '~/.aws/config')
    for path, section in (
            (cred_path, profile),
            (conf_path, profile if profile == 'default'
             else f'profile {profile}')):
        parser = configparser.RawConfigParser()
        try:
            parser.read(os.path.expanduser(path), encoding='utf-8')
        except configparser.Error as err:
            raise ClientError(f'cannot read {path}: {err}')
        if parser.has_section(section):
            get = lambda opt: parser.get(section, opt, fallback=None)
            key, secret = get('aws_access_key_id'), get('aws_secret_access_key')
            if key and secret:
                token = get('aws_session_token') or get('aws_security_token')
                return key, secret, token
    return None


def aws_profile_region(environ=os.environ):
    """The region of the ~/.aws/config profile, a last-resort region name."""
    profile = environ.get('AWS_PROFILE') or 'default'
    section = profile if profile == 'default' else f'profile {profile}'
    parser = configparser.RawConfigParser()
    try:
        parser.read(os.path.expanduser(
            environ.get('AWS_CONFIG_FILE', '~/.aws/config')), encoding='utf-8')
    except configparser.Error:
        return None
    return parser.get(section, 'region', fallback=None)


def find_credentials(regionuser, key_id=None, secret_key=None, token=None,
                     environ=os.environ):
    if key_id or secret_key:
        if not (key_id and secret_key):
            raise ClientError('-I/--access-key-id and -S/--secret-key must be '
                              'given together')
        return Credentials(key_id, secret_key, token, 'command line')

    looked = []

    def from_user(user):
        key = regionuser.config.get_user_option(user, 'key-id')
        secret = regionuser.config.get_user_option(user, 'secret-key')
        if key and secret:
            return key, secret, regionuser.config.get_user_option(
                user, 'security-token')
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
            environ['AWS_CREDENTIAL_FILE'])))
    if regionuser.user and not regionuser.explicit_user:
        sources.append((f'config user {regionuser.user!r}',
                        lambda: from_user(regionuser.user)))
    profile = environ.get('AWS_PROFILE') or 'default'
    sources.append((f'~/.aws profile {profile!r}',
                    lambda: read_aws_shared(environ, profile)))

    for name, source in sources:
        found = source()
        if found:
            if name.startswith(('AWS_ACCESS', 'EC2_ACCESS')):
                _check_expiration(environ)
            return Credentials(*found, source=name)
        looked.append(name)
    raise ClientError('no access key found; looked in -I/-S, '
                      + ', '.join(looked)
                      + (', a config user (none selected: use --region '
                         'USER@REGION)' if not regionuser.user else ''))
