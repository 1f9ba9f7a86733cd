"""The defaults and bounds every attempt is held to (the package docstring
says how they apply)."""

DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_SIZE = 128 * 1024 * 1024
SEND_RATE_ALLOWANCE = 64 * 1024       # bytes of request body per extra second
STREAM_PROGRESS = 64 * 1024           # a stream must move this much per timeout
READ_CHUNK = 64 * 1024
# The socket's own timeout is a backstop only: the watchdog's deadline must
# always fire first, so that one bound, with one message, ends an attempt even
# when a loaded machine wakes the watchdog thread late.
SOCKET_TIMEOUT_SLACK = 2.0
