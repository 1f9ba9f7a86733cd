"""Reading a secret (a password, a key) the user types or pipes in.

Imported only by a command that asks for one; getpass (and with it termios)
is imported only when the prompt is on a terminal.
"""

import sys

from .errors import ClientError
from .process import is_utf8, say


def read_secret(what, prompt, retype_prompt=None, hint=''):
    """A password or key the user types.

    On a terminal: prompt without echo (and prompt again to check, with
    RETYPE_PROMPT).  Otherwise (a script, a pipe): exactly one line of
    standard input, silently, its line ending removed.  WHAT names the
    value in errors; HINT says how else to give it.
    """
    hint = f' ({hint})' if hint else ''
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        try:
            line = stdin.readline() if stdin is not None else ''
        except UnicodeDecodeError:
            line = '\udcff'
        except (OSError, ValueError) as err:
            reason = getattr(err, 'strerror', None) or err
            raise ClientError(f'cannot read the {what} from standard '
                              f'input: {reason}')
        if not is_utf8(line):
            raise ClientError(f'the {what} on standard input is not '
                              'valid UTF-8')
        value = line.rstrip('\r\n')
        if not value:
            raise ClientError(f'no {what} given: standard input had no '
                              f'line{hint}')
        return value
    import getpass
    try:
        first = getpass.getpass(prompt)
        second = getpass.getpass(retype_prompt) if retype_prompt \
            else first
    except EOFError:
        # End the prompt's line so the error starts a line of its own.
        say('')
        raise ClientError(f'no {what} given{hint}')
    if first != second:
        raise ClientError(f'{what}s do not match')
    if not first:
        raise ClientError(f'no {what} given{hint}')
    return first
