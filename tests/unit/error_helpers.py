"""Checks shared by the tests of error messages."""


def one_line_error(code, err, exit_code=1):
    """The last line of ERR, after checking that the command failed with
    EXIT_CODE and a one-line ``prog: error: ...`` (no traceback, no
    "internal error")."""
    assert code == exit_code, err
    assert 'internal error' not in err and 'Traceback' not in err
    last = err.rstrip('\n').splitlines()[-1]
    assert last.startswith(('euca-', 'euare-', 'eustore-')), err
    assert ': error: ' in last
    return last
