"""The three kinds of failure a command reports, each with its own exit code."""


class EucaError(Exception):
    """Base class: anything that ends a command with a one-line message."""

    exit_code = 1


class ClientError(EucaError):
    """Something went wrong on our side: bad config, missing key, unreachable host.

    Printed as ``prog: error: MESSAGE``, exit 1.
    """


class UsageError(ClientError):
    """The command line itself is wrong; printed with the usage text, exit 2."""

    exit_code = 2


class ServerError(EucaError):
    """The server answered with an error.

    Printed as ``prog: error (CODE): MESSAGE``, exit 1.  ``code`` is the AWS
    error code when the body carries one, else the HTTP status.
    """

    def __init__(self, code, message, status=None, request_id=None):
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
