"""The network settings, each fact once: SETTINGS.

A Setting is one bound of the transport (timeouts, retries, the answer
size and total time): its config key, its command-line flags (if any), its
environment variable, how its value is read, its default and what it means.
Everything else is generated from this table: the flags and their --help
(core/command.py), the keys of Context.http_options, the keyword arguments
of HttpClient and its defaults (core/http/limits.py), the error messages,
and what the man pages say of them.

``resolve(context)`` takes each setting from the first place that has it:
the command-line flag, the environment variable, the region's config
section, the ``[global]`` section, the default.  A value that is not what
the setting expects is an error naming where it came from.

``parse_size`` is the one reader of byte sizes (these settings' and the
commands' options alike).
"""

import math
import re

from .errors import ClientError

MAX_RETRIES = 50     # the most --max-retries / max-retries may ask for

# A size: a number (whole or decimal), then optionally a binary unit
# K, M, G or T (any case; also written KiB or KB), or B for bytes.
_SIZE = re.compile(r'(\d+(?:\.\d*)?|\.\d+)\s*(?:([KMGT])(?:i?B)?|B)?',
                   re.IGNORECASE | re.ASCII)
_UNITS = {'': 1, 'K': 2 ** 10, 'M': 2 ** 20, 'G': 2 ** 30, 'T': 2 ** 40}
SIZE_FORM = 'size in bytes such as 128M or 1G'    # for messages


def parse_size(text, positive=False):
    """Bytes from TEXT, such as ``10485760``, ``10M``, ``1.5 GiB``,
    ``512kb`` or ``100B``: a number (whole or decimal, no sign), optionally
    followed (spaces allowed) by a binary unit K, M, G or T in either case,
    which may be written KiB or KB, or by B alone for bytes.  A fraction of
    a byte is dropped.  ValueError for anything else, and for 0 when
    POSITIVE."""
    match = _SIZE.fullmatch(str(text).strip())
    if not match:
        raise ValueError(f'not a size: {text!r}')
    number, unit = match.group(1), (match.group(2) or '').upper()
    if '.' in number:
        size = int(float(number) * _UNITS[unit])
    else:
        size = int(number) * _UNITS[unit]
    if positive and size < 1:
        raise ValueError(f'not a positive size: {text!r}')
    return size


def format_size(size):
    """SIZE as the largest binary unit that holds it exactly: '128 MiB'."""
    for unit in 'TGMK':
        if size and size % _UNITS[unit] == 0:
            return f'{size // _UNITS[unit]} {unit}iB'
    return f'{size} bytes'


def _seconds(text):
    seconds = float(text)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(text)
    return seconds


def _retries(text):
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_RETRIES:
        raise ValueError(text)
    return int(text)


class Kind:
    """How a setting's values are read and written: ``parse(text)`` (a
    ValueError unless the text is ``expects``), ``show(value)`` as --help
    writes it, the ``unit`` the pages add, and the ``form`` they give when
    the help does not say it."""

    def __init__(self, parse, expects, show=str, unit='', form=''):
        self.parse = parse
        self.expects = expects
        self.show = show
        self.unit = unit
        self.form = form


SECONDS = Kind(_seconds, 'a positive number of seconds',
               lambda value: f'{value:g}', 'seconds')
RETRIES = Kind(_retries, f'a whole number from 0 to {MAX_RETRIES}',
               form=f'0 to {MAX_RETRIES}')
SIZE = Kind(lambda text: parse_size(text, positive=True),
            f'a positive {SIZE_FORM}', format_size,
            form='such as 256M or 1.5G')


class Setting:
    """One bound of the transport.  ``kwarg`` (HttpClient's keyword) is
    the name with underscores; ``dest`` (argparse's) comes from the first
    flag; a setting without flags is set by its variable or the config
    only."""

    def __init__(self, name, env, kind, default, help, flags=(),
                 metavar=None):
        self.name = name
        self.env = env
        self.kind = kind
        self.default = default
        self.help = help
        self.flags = flags
        self.metavar = metavar
        self.kwarg = name.replace('-', '_')
        self.dest = flags[0].lstrip('-').replace('-', '_') if flags else None

    def __repr__(self):
        return f'Setting({self.name!r})'

    def flag_help(self):
        """The flags' --help text."""
        return (f'{self.help} (default {self.kind.show(self.default)}; '
                f'config {self.name}, env {self.env})')

    def default_text(self):
        """The default as the pages write it: '10 seconds'."""
        return ' '.join(filter(None, (self.kind.show(self.default),
                                      self.kind.unit)))

    def page_text(self):
        """What the pages say of the setting (flag, variable, option)."""
        form = f', {self.kind.form}' if self.kind.form else ''
        return f'{self.help}{form} (default {self.default_text()})'

    def parse(self, text, source):
        """TEXT's value; a ClientError naming SOURCE if it is not one."""
        try:
            return self.kind.parse(text)
        except ValueError:
            raise ClientError(f'{source}: expected {self.kind.expects}, '
                              f'not {text!r}') from None

    def resolve(self, flag_value, environ, regionuser):
        """The value from the first place that sets it (see the module)."""
        config = regionuser.config
        for source, value in (
                (self.flags[0] if self.flags else None, flag_value),
                (self.env, environ.get(self.env)),
                (f'config option {self.name} (region {regionuser.region})',
                 regionuser.get_option(self.name)),
                (f'config option {self.name} ([global])',
                 config.get_global(self.name))):
            if value is not None and str(value).strip() != '':
                return self.parse(str(value).strip(), source)
        return self.default


SETTINGS = (
    Setting('connect-timeout', 'EUCA_CONNECT_TIMEOUT', SECONDS, 10.0,
            'seconds to wait for a connection',
            ('--connect-timeout', '--cli-connect-timeout'), 'SECONDS'),
    Setting('timeout', 'EUCA_READ_TIMEOUT', SECONDS, 30.0,
            'seconds to wait for a complete answer once connected',
            ('--read-timeout', '--cli-read-timeout'), 'SECONDS'),
    Setting('max-retries', 'EUCA_MAX_RETRIES', RETRIES, 2,
            'times to retry a failed call', ('--max-retries',), 'N'),
    Setting('max-response-size', 'EUCA_MAX_RESPONSE_SIZE', SIZE, 128 * 2 ** 20,
            'the largest answer held in memory'),
    Setting('answer-deadline', 'EUCA_ANSWER_DEADLINE', SECONDS, 900.0,
            'seconds an answer may take to arrive in full, even one that '
            'streams (downloads, large describes)'),
)

# The settings with command-line flags: the keys of Context.http_options.
FLAGGED = tuple(setting for setting in SETTINGS if setting.flags)


def setting(name):
    """The Setting called NAME."""
    return next(s for s in SETTINGS if s.name == name)


def resolve(context):
    """{HttpClient keyword: value} for every setting; the flags are the
    raw strings in ``context.http_options``."""
    flags = getattr(context, 'http_options', None) or {}
    return {s.kwarg: s.resolve(flags.get(s.name), context.environ,
                               context.regionuser) for s in SETTINGS}
