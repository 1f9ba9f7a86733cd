"""The three kinds of failure a command reports, each with its own exit code.

Text a server sent never drives the terminal: ``printable()`` writes its
control characters escaped (ESC, OSC, a newline that would forge a line)
and cuts it, and every ServerError and every stderr line goes through it.
"""

import re

# C0 controls, DEL, and C1 controls (0x9b is a one-byte CSI on some
# terminals).
_CONTROL = re.compile('[\x00-\x1f\x7f-\x9f]')
_NAMED = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}
MAX_SERVER_TEXT = 1000     # characters of one server string in a message


# user:password@ in a URL (-U http://admin:secret@host/, a proxy URL)
_USERINFO = re.compile(r'(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@?#]*@')


def redact_userinfo(text):
    """TEXT with the user name and password of every URL in it replaced:
    the one rule for URLs that reach a message, --debug or a traceback."""
    return _USERINFO.sub(r'\1<redacted>@', text)


def escape_control(char):
    return _NAMED.get(char) or f'\\x{ord(char):02x}'


def printable(text, limit=None, keep=''):
    """TEXT with control characters escaped (\\n, \\t, \\x1b, ...) but
    those in KEEP and, with LIMIT, cut to that many characters."""
    text = str(text)
    if limit is not None and len(text) > limit:
        text = text[:limit] + '...'
    if text.isprintable():
        return text
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep
                        else escape_control(m.group()), text)


class EucaError(Exception):
    """Base class: anything that ends a command with a one-line message."""

    exit_code = 1


class ClientError(EucaError):
    """Something went wrong on our side: bad config, missing key,
    unreachable host.

    Printed as ``prog: error: MESSAGE``, exit 1.
    """


class UsageError(ClientError):
    """The command line itself is wrong; printed with the usage text, exit
    2."""

    exit_code = 2


class ServerError(EucaError):
    """The server answered with an error.

    Printed as ``prog: error (CODE): MESSAGE``, exit 1.  ``code`` is the AWS
    error code when the body carries one, else the HTTP status.
    """

    def __init__(self, code, message, status=None, request_id=None):
        code = printable(code, 100) if code is not None else code
        message = printable(message, MAX_SERVER_TEXT) \
            if message is not None else message
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.request_id = request_id

    def __str__(self):
        return f'({self.code}): {self.message}'


class OutputError(EucaError):
    """Standard output cannot be written (closed, full, an I/O error).

    Printed as ``prog: error: cannot write output: REASON``, exit 1.  Its own
    class, not an OSError, so that a command's handler for its own files
    never takes it for one of theirs.
    """

    def __init__(self, reason):
        super().__init__(f'cannot write output: {reason}')
        self.reason = reason


class OutputGone(OutputError):
    """The reader of standard output went away (``| head``): not an error
    of ours, so nothing is printed."""


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C so that the same cleanup runs;
    the command exits 128 + signum."""

    def __init__(self, signum):
        super().__init__(signum)
        self.signum = signum
