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
