"""The process around a command, for the length of ``BaseCommand.run()``.

Closed standard descriptors (fds 0-2) are held open on /dev/null, so that
no file the command opens can land on them; standard output is guarded, so
a write that fails is an OutputError (OutputGone for a reader that went
away); SIGTERM and SIGHUP raise Stopped (a KeyboardInterrupt, so the
cleanup Ctrl-C gets runs too).  What comes from outside is checked where it
enters: an argument that is not UTF-8 is a usage error naming it.
"""

import os
import sys

from .errors import (OutputError, OutputGone, Stopped, UsageError,
                     printable, redact_userinfo)


def is_utf8(text):
    """False for a str holding surrogates: bytes that were not UTF-8 in an
    argument, a variable or a file name (Python's surrogateescape)."""
    try:
        text.encode('utf-8')
    except UnicodeEncodeError:
        return False
    return True


def say(line):
    """A message on stderr; a stderr that cannot be written is let be.
    Control characters but newline and tab are escaped, so that no message
    drives the terminal (server text in it is escaped where it enters)."""
    try:
        print(printable(redact_userinfo(line), keep='\n\t'),
              file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


PROG = None     # the running command's name, for warnings (set_prog)


def set_prog(prog):
    global PROG
    PROG = prog


def warn(text):
    """``prog: warning: TEXT`` on stderr."""
    say(f'{PROG or os.path.basename(sys.argv[0])}: warning: {text}')


def check_argv_encoding(parser, argv):
    """A UsageError naming the first argument that was not UTF-8 (the value
    is not shown: it may be a password or a key)."""
    options = parser._option_string_actions
    for index, arg in enumerate(argv):
        if is_utf8(arg):
            continue
        action = None
        if arg.startswith('-'):
            action = options.get(arg.partition('=')[0]) or \
                options.get(arg[:2])
        elif index and options.get(argv[index - 1]) is not None and \
                options[argv[index - 1]].nargs != 0:
            action = options[argv[index - 1]]
        if action is not None:
            what = f"argument {'/'.join(action.option_strings)}"
        else:
            what = f'argument {index + 1} of the command line'
        raise UsageError(f'{what}: not valid UTF-8 (the value is not shown)')


# -- standard descriptors and output -----------------------------------------

def hold_standard_fds():
    """Put /dev/null on any of fds 0-2 that is closed (``cmd >&-``).

    Standard output gets it read-only, so writing to it still fails (and
    sys.stdout becomes a stream whose writes say that it is closed); stdin
    reads as empty; stderr swallows what is written.
    """
    for fd, mode in ((0, os.O_RDONLY), (1, os.O_RDONLY), (2, os.O_WRONLY)):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        held = os.open(os.devnull, mode)
        if held != fd:
            os.dup2(held, fd)
            os.close(held)
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, 'w')
    if sys.stdin is None:
        sys.stdin = open(os.devnull)


class _ClosedOutput:
    """sys.stdout when descriptor 1 was closed: writing is an error."""

    encoding = 'utf-8'

    def write(self, data):
        if data:
            raise OutputError('standard output is closed')
        return 0

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return 1

    @property
    def buffer(self):
        return self


class GuardedOutput:
    """Standard output (text, or its .buffer) with every failed write or
    flush turned into OutputError (OutputGone for a reader that went away).

    After a failure descriptor 1 is pointed at /dev/null, so that what is
    still buffered can be flushed at exit without a second complaint.
    """

    def __init__(self, stream):
        self._stream = stream

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def _call(self, method, *args):
        try:
            return getattr(self._stream, method)(*args)
        except OutputError:
            raise
        except OSError as err:
            _silence_stdout(self._stream)
            if isinstance(err, BrokenPipeError):
                raise OutputGone(err.strerror) from None
            raise OutputError(err.strerror or str(err)) from None
        except ValueError:   # I/O operation on closed file
            if getattr(self._stream, 'closed', False):
                raise OutputError('standard output is closed') from None
            raise

    def write(self, data):
        return self._call('write', data)

    def writelines(self, lines):
        return self._call('writelines', lines)

    def flush(self):
        return self._call('flush')

    @property
    def buffer(self):
        return GuardedOutput(self._stream.buffer)


def _silence_stdout(stream):
    try:
        if stream.fileno() != 1:
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    os.dup2(devnull, 1)
    os.close(devnull)


# -- signals ------------------------------------------------------------------

STOP_HOOKS = []     # called at Ctrl-C/SIGTERM before the exception


def on_stop(callback):
    """Run CALLBACK (quick, thread-safe: e.g. shut the sockets of transfers
    in flight down) the moment Ctrl-C, SIGTERM or SIGHUP arrives, before the
    exception unwinds -- so that no cleanup waits on a transfer."""
    STOP_HOOKS.append(callback)


def _run_stop_hooks():
    for callback in list(STOP_HOOKS):
        try:
            callback()
        except Exception:    # noqa: BLE001 -- the interrupt must go on
            pass


def catch_stop_signals():
    """SIGTERM and SIGHUP raise Stopped, once: a second one while the
    command cleans up is ignored, so the cleanup finishes.  A signal the
    caller ignores (nohup) stays ignored.  Ctrl-C and these run the
    on_stop() hooks first.  Returns the previous handlers."""
    import signal
    stopping = []
    STOP_HOOKS.clear()

    def stop(signum, frame):
        if not stopping:
            stopping.append(signum)
            _run_stop_hooks()
            raise Stopped(signum)

    def interrupt(signum, frame):
        _run_stop_hooks()
        raise KeyboardInterrupt

    previous = {}
    for signum, handler in ((signal.SIGTERM, stop), (signal.SIGHUP, stop),
                            (signal.SIGINT, interrupt)):
        try:
            current = signal.getsignal(signum)
            if current is signal.SIG_IGN or (
                    signum == signal.SIGINT
                    and current is not signal.default_int_handler):
                continue
            previous[signum] = signal.signal(signum, handler)
        except (ValueError, OSError):   # not the main thread
            break
    return previous


def restore_signals(previous):
    STOP_HOOKS.clear()
    if not previous:
        return
    import signal
    for signum, handler in previous.items():
        try:
            signal.signal(signum, handler)
        except (ValueError, OSError, TypeError):
            pass
