"""Shell completion for every euca2ools command (bash and zsh).

``euca2ools-completion bash`` (or ``zsh``) prints a script that registers one
completion function for every command; on each TAB the function runs
``euca2ools-completion __complete SHELL ...`` with the partial command line,
and this module answers from the command class's own parser and ``Arg``
declarations: option names, choices, ``--filter`` names (and values), file
paths, config region names, and live resource names and IDs
(``completion/resources.py``), fetched with the user's region, endpoint and
keys -- including ``--region``, ``-U`` and ``-I``/``-S`` already on the line.

Nothing here is imported when a command runs.  A completion never prints an
error, never exits non-zero, and spends at most ``BUDGET`` seconds.

The answer, one item a line:

    MODE        words | nospace | files | dirs
    LEAD        text the shell puts before each value (bash: the part of
                the word readline replaces -- after the last COMP_WORDBREAKS
                character -- that comes before the value, e.g. "i-1," of
                "i-1,i-"; zsh: the whole word before the value, for
                compset -P)
    VALUES...   words/nospace: the values (bash: from where readline
                replaces, quoted for the shell); files/dirs: one line, the
                path prefix to complete
"""

import os
import sys
import time

from .line import analyse, split_line

BUDGET = 1.0     # seconds for one completion, live fetch included
SHELLS = ('bash', 'zsh')


def main(argv=None):
    """Console-script entry point."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == '__complete':
        return _complete_main(argv[1:])
    if len(argv) == 1 and argv[0] in SHELLS:
        from .scripts import script
        try:
            sys.stdout.write(script(argv[0], command_names(), _self_path()))
            sys.stdout.flush()
        except OSError as err:
            sys.stderr.write(f'euca2ools-completion: error: cannot write '
                             f'output: {err.strerror or err}\n')
            try:
                sys.stdout = open(os.devnull, 'w')   # nothing at exit
            except OSError:
                pass
            return 1
        return 0
    if argv and argv[0] in ('-h', '--help'):
        sys.stdout.write(USAGE)
        return 0
    sys.stderr.write(USAGE)
    return 2


USAGE = '''usage: euca2ools-completion {bash,zsh}

Print the shell code that completes every euca2ools command.  Enable it with
one line in ~/.bashrc or ~/.zshrc:

    eval "$(euca2ools-completion bash)"      # or: zsh
'''


def _self_path():
    """How the shell script should run us: this console script's absolute
    path when that is what runs, else its name on PATH."""
    path = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ''
    if os.path.basename(path) == 'euca2ools-completion' and \
            os.access(path, os.X_OK):
        return path
    return 'euca2ools-completion'


def _complete_main(argv):
    """Never fails: any trouble is an empty answer and exit status 0."""
    started = time.monotonic()
    pending = []
    try:
        if not argv or argv[0] not in SHELLS:
            return 0
        shell = argv[0]
        if shell == 'bash':
            if len(argv) != 3:
                return 0
            breaks, line = argv[1], argv[2]
            words, raw_current = split_line(line)
        else:
            words = list(argv[1:])
            if not words:
                return 0
            breaks, raw_current = '', words[-1]
        answer = complete(words, started + BUDGET, pending)
        if answer is not None:
            text = render(answer, shell, breaks, raw_current)
            if text:
                sys.stdout.write(text)
                sys.stdout.flush()
    except BaseException:   # noqa: BLE001 -- silent by design
        pass
    finally:
        if any(thread.is_alive() for thread in pending):
            # A fetch that outlived the budget: leave without waiting.
            try:
                sys.stdout.flush()
            except BaseException:   # noqa: BLE001
                pass
            os._exit(0)
    return 0


class Answer:
    """What to complete: MODE, the current word, where its value starts
    (OFFSET), and the values (each the whole value, from OFFSET on)."""

    def __init__(self, mode, word, offset=0, values=()):
        self.mode = mode
        self.word = word
        self.offset = offset
        self.values = [v for v in values if v.startswith(word[offset:])]


def complete(words, deadline, threads=None):
    """The Answer for WORDS (the command name first, the word being
    completed last), or None."""
    if len(words) < 2:
        return None
    cls = command_class(os.path.basename(words[0]))
    if cls is None:
        return None
    target = analyse(cls, words[1:-1], words[-1])
    if target is None:
        return None
    return target.answer(deadline, threads)


def render(answer, shell, breaks='', raw_word=''):
    """The text the shell function reads (see the module docstring).
    BREAKS (bash): COMP_WORDBREAKS; RAW_WORD: the word as typed."""
    word, offset = answer.word, answer.offset
    values = answer.values
    if shell == 'zsh':
        lead = word[:offset]
    else:
        # readline replaces only the text after the last word-break
        # character ("=", ":" by default) of the word being completed.
        if raw_word != word:
            return ''   # quoted or escaped: leave it to the user
        start = max([word.rfind(c) + 1 for c in breaks if not c.isspace()],
                    default=0)
        if start <= offset:
            lead = word[start:offset]
        elif answer.mode in ('files', 'dirs'):
            return ''
        else:
            lead = ''
            values = [v[start - offset:] for v in values]
        values = [_bash_quote(v) for v in values]
    if answer.mode in ('files', 'dirs'):
        return f'{answer.mode}\n{lead}\n{word[offset:]}\n'
    values = [v for v in values if '\n' not in v]
    if not values:
        return ''
    return ''.join(f'{line}\n' for line in [answer.mode, lead] + values)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def _bash_quote(text):
    return ''.join(c if c in _SAFE else '\\' + c for c in text)


# -- which command ----------------------------------------------------------

def command_class(name):
    """The command class a console script NAME runs, or None."""
    target = entry_points().get(name)
    if not target:
        return None
    module, _, attr = target.partition(':')
    import importlib
    return getattr(importlib.import_module(module), attr.split('.')[0], None)


def command_names():
    return sorted(entry_points())


_ENTRY_POINTS = None


def entry_points():
    """{console script: 'module:Class.run'} for the euca2ools commands,
    read from the installed distribution's entry_points.txt (found on
    sys.path as importlib.metadata would, without its import cost)."""
    global _ENTRY_POINTS
    if _ENTRY_POINTS is None:
        text = _entry_points_text()
        found = {}
        section = None
        for line in text.splitlines():
            line = line.strip()
            if line.startswith('['):
                section = line.strip('[]').strip()
            elif section == 'console_scripts' and '=' in line:
                name, _, target = line.partition('=')
                target = target.strip()
                if target.startswith('euca2ools.commands.'):
                    found[name.strip()] = target
        _ENTRY_POINTS = found
    return _ENTRY_POINTS


def _entry_points_text():
    for entry in sys.path:
        try:
            names = os.listdir(entry or '.')
        except OSError:
            continue
        for name in names:
            if name.startswith('euca2ools-') and name.endswith('.dist-info'):
                path = os.path.join(entry or '.', name, 'entry_points.txt')
                try:
                    with open(path, encoding='utf-8') as stream:
                        return stream.read()
                except OSError:
                    continue
    try:
        import importlib.metadata
        return importlib.metadata.distribution('euca2ools').read_text(
            'entry_points.txt') or ''
    except Exception:   # noqa: BLE001 -- not installed: nothing to complete
        return ''
