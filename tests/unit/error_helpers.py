"""Checks shared by the tests of error messages."""


def error_line(err):
    """The ``prog: error: ...`` line of ERR: the last line, or, for a usage
    error, the line before its short usage line and "see 'prog --help'"."""
    lines = err.rstrip('\n').splitlines()
    if len(lines) >= 3 and lines[-1].startswith('see ') and \
            lines[-2].startswith('usage: '):
        return lines[-3]
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
