"""Checks shared by the tests of error messages."""

import re

# The line after a server's error (command.server_error_hint).
SERVER_ERROR_HINT = re.compile(
    r'\S+: (request ID \S+(; run with --debug to see the exchange)?'
    r'|run with --debug to see the exchange)')


def error_line(err):
    """The ``prog: error: ...`` line of ERR: the last line, or, for a usage
    error, the line before its short usage line and "see 'prog --help'",
    or, for a server's error, the line before its hint line."""
    lines = err.rstrip('\n').splitlines()
    if len(lines) >= 3 and lines[-1].startswith('see ') and \
            lines[-2].startswith('usage: '):
        return lines[-3]
    if len(lines) >= 2 and SERVER_ERROR_HINT.fullmatch(lines[-1]) and \
            ': error (' in lines[-2]:
        return lines[-2]
    return lines[-1]


def one_line_error(code, err, exit_code=1):
    """The error line of ERR, after checking that the command failed with
    EXIT_CODE and a one-line ``prog: error: ...`` (no traceback, no
    "internal error")."""
    assert code == exit_code, err
    assert 'internal error' not in err and 'Traceback' not in err
    last = error_line(err)
    assert last.startswith(('euca-', 'euare-', 'eustore-')), err
    assert ': error: ' in last
    return last
