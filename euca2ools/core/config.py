"""euca2ools INI configuration: [global], [region NAME] and [user NAME].

Files are read in order, later ones winning: /etc/euca2ools/euca2ools.ini,
/etc/euca2ools/conf.d/*.ini, ~/.euca/*.ini; EUCA_CONFIG_PATH (colon-separated
globs) replaces that list.  Section names may be namespaced (``aws:us-east-1``)
and may hold ``*`` wildcards; the most specific matching section wins.  A bare
name such as ``us-east-1`` also finds a single ``something:us-east-1``.  A
value ``use OTHER [OPTION]`` redirects the lookup to another section.
"""

import configparser
import fnmatch
import glob
import io
import os
import re

from .errors import ClientError

DEFAULT_CONFIG_GLOBS = (
    '/etc/euca2ools/euca2ools.ini',
    '/etc/euca2ools/conf.d/*.ini',
    '~/.euca/*.ini',
)
MAX_REDIRECTS = 10


def config_files(environ=os.environ):
    if environ.get('EUCA_CONFIG_PATH'):
        patterns = environ['EUCA_CONFIG_PATH'].split(':')
    else:
        patterns = DEFAULT_CONFIG_GLOBS
    files = []
    for pattern in patterns:
        files.extend(sorted(glob.glob(os.path.expanduser(pattern))))
    return files


MAX_CONFIG_FILE = 1024 * 1024    # config and credentials files are KBs
# A line that sets a secret key, in any of the files read here.
_SECRET_LINE = re.compile(rb'(?im)^\s*(secret-key|aws_secret_access_key|'
                          rb'AWSSecretKey|SecretKey)\s*[=:]\s*\S')


def check_permissions(path, what, data):
    """One warning line, as ssh gives for a key, for a file anyone may
    change (it decides where the keys go) or one that holds a secret key
    and anyone may read."""
    from .process import warn
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if mode & 0o002:
        warn(f'{what} {path} is writable by anyone (chmod o-w {path})')
    elif mode & 0o004 and _SECRET_LINE.search(data):
        warn(f'{what} {path} holds a secret key and is readable by anyone '
             f'(chmod 600 {path})')


def read_text(path, what='file'):
    """The text of PATH (UTF-8, a BOM allowed), newlines made '\n'.

    Bytes that are not UTF-8 are a ClientError naming WHAT, PATH and the
    line (never the line's text: these files hold secret keys).  OSError
    propagates.
    """
    from .files import read_bounded
    path = os.path.expanduser(path)
    data = read_bounded(path, MAX_CONFIG_FILE, what, regular_only=True)
    check_permissions(path, what, data)
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError as err:
        offset = err.start + (3 if data.startswith(b'\xef\xbb\xbf') else 0)
        line = data.count(b'\n', 0, offset) + 1
        raise ClientError(f'cannot read {what} {path}: line {line} is not '
                          'valid UTF-8')
    return io.StringIO(text, newline=None).read()


def describe_ini_error(err):
    """One line for a configparser error, without the offending line's
    text (configparser quotes it, and it may be a secret key)."""
    if isinstance(err, configparser.MissingSectionHeaderError):
        return f'line {err.lineno}: a [section] header must come first'
    if isinstance(err, configparser.ParsingError):
        lines = ', '.join(str(lineno) for lineno, _ in err.errors)
        return f'line {lines}: not "name = value" or "[section]"'
    if isinstance(err, (configparser.DuplicateOptionError,
                        configparser.DuplicateSectionError)):
        line = f'line {err.lineno}: ' if err.lineno else ''
        what = (f'option {err.option!r} in section [{err.section}]'
                if isinstance(err, configparser.DuplicateOptionError)
                else f'section [{err.section}]')
        return f'{line}{what} appears twice'
    return str(err).splitlines()[0] if str(err) else type(err).__name__


# "name = value" up to the delimiter, and the value.
_OPTION_LINE = re.compile(r'([^=:]*[=:][ \t]*)(.*)')
# A comment after a value: "#" or ";" after a space or tab.
_INLINE_COMMENT = re.compile(r'[ \t][#;]')


def strip_inline_comments(text):
    """TEXT with "value  # comment" made "value": a "#" or ";" that follows
    a space or tab within a value starts a comment.  One that does not
    (``https://host/#frag``, a secret key holding "#") is the value's, and
    so is one that begins the value; continuation lines are left as they
    are."""
    lines = []
    for line in text.split('\n'):
        match = None if line[:1] in ('', ' ', '\t', '#', ';', '[') \
            else _OPTION_LINE.fullmatch(line)
        if match:
            head, value = match.groups()
            cut = _INLINE_COMMENT.search(value)
            if cut:
                line = head + value[:cut.start()].rstrip()
        lines.append(line)
    return '\n'.join(lines)


def read_ini(path, parser, what='file', missing_ok=False,
             inline_comments=False):
    """Read PATH into PARSER; every failure is one ClientError line.
    INLINE_COMMENTS: strip "value # comment" (strip_inline_comments)."""
    try:
        text = read_text(path, what)
    except OSError as err:
        if missing_ok:
            return parser
        raise ClientError(f'cannot read {what} {path}: {err.strerror}')
    if inline_comments:
        text = strip_inline_comments(text)
    try:
        parser.read_string(text, source=path)
    except configparser.Error as err:
        raise ClientError(f'cannot read {what} {path}: '
                          f'{describe_ini_error(err)}')
    return parser


class Config:
    def __init__(self, files=()):
        # No interpolation: a '%' in a secret key or URL must stay a '%'.
        parser = configparser.RawConfigParser(default_section='\0none')
        for path in files:
            read_ini(path, parser, 'config file', inline_comments=True)
        self.files = list(files)
        self.sections = {'global': {}, 'region': {}, 'user': {}}
        for section in parser.sections():
            kind, _, name = section.strip().partition(' ')
            if kind == 'global' and not name:
                self.sections['global'].update(parser.items(section))
            elif kind in ('region', 'user') and name.strip():
                self.sections[kind].setdefault(name.strip(), {}).update(
                    parser.items(section))

    @classmethod
    def load(cls, environ=os.environ):
        return cls(config_files(environ))

    def get_global(self, option, default=None):
        return self.sections['global'].get(option, default)

    def canonical_name(self, kind, name):
        """Resolve a bare name to the one namespaced section that ends in
        it."""
        if not name or name in self.sections[kind] or ':' in name:
            return name
        suffixed = [s for s in self.sections[kind]
                    if '*' not in s and s.rsplit(':', 1)[-1] == name]
        return suffixed[0] if len(suffixed) == 1 else name

    def has_section(self, kind, name):
        name = self.canonical_name(kind, name)
        return any(self._matching_sections(kind, name))

    def _matching_sections(self, kind, name):
        """Sections that apply to NAME, most specific first."""
        sections = self.sections[kind]
        if name in sections:
            yield sections[name]
        wild = [pattern for pattern in sections
                if '*' in pattern and fnmatch.fnmatchcase(name, pattern)]
        # More literal characters = more specific.
        wild.sort(key=lambda p: len(p.replace('*', '')), reverse=True)
        for pattern in wild:
            yield sections[pattern]

    def get(self, kind, name, option, default=None, _depth=0):
        if not name:
            return default
        name = self.canonical_name(kind, name)
        for section in self._matching_sections(kind, name):
            if option in section:
                value = section[option]
                words = value.split()
                if len(words) in (2, 3) and words[0] == 'use':
                    if _depth >= MAX_REDIRECTS:
                        raise ClientError(
                            f'config: too many "use" redirects for {option}')
                    target_option = words[2] if len(words) == 3 else option
                    return self.get(kind, words[1], target_option, default,
                                    _depth + 1)
                return value
        return default

    def get_region_option(self, region, option, default=None):
        return self.get('region', region, option, default)

    def get_user_option(self, user, option, default=None):
        return self.get('user', user, option, default)


TRUE_WORDS = ('1', 'yes', 'true', 'on')
FALSE_WORDS = ('0', 'no', 'false', 'off')


def parse_bool(value, what='value'):
    lowered = str(value).strip().lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    raise ClientError(f'{what}: expected true or false, not {value!r}')


class RegionUser:
    """The region and user a command runs as: ``[USER@][REGION]``."""

    def __init__(self, config, spec=None, environ=os.environ):
        self.config = config
        self.explicit_user = False
        source = None
        if spec:
            source = '--region'
        else:
            for var in ('EUCA_DEFAULT_REGION', 'AWS_DEFAULT_REGION'):
                if environ.get(var):
                    spec, source = environ[var], var
                    break
            else:
                spec = config.get_global('default-region')
                source = 'default-region' if spec else None
        self.source = source
        user, region = None, spec
        if spec and '@' in spec:
            user, _, region = spec.rpartition('@')
            self.explicit_user = bool(user)
        self.region = config.canonical_name('region', region or None)
        self.user = user or self.get_option('user')
        self.user = config.canonical_name('user', self.user)

    @property
    def region_is_configured(self):
        return bool(self.region) and self.config.has_section('region',
                                                             self.region)

    def get_option(self, option, default=None):
        return self.config.get_region_option(self.region, option, default)

    def get_user_option(self, option, default=None):
        return self.config.get_user_option(self.user, option, default)

    def get_bool(self, option, default):
        value = self.get_option(option)
        if value is None:
            value = self.config.get_global(option)
        if value is None:
            return default
        return parse_bool(value, option)

    @property
    def region_name(self):
        """The region name to sign with, as far as the config knows it."""
        if not self.region:
            return None
        return self.get_option('name') or self.region.rsplit(':', 1)[-1]
