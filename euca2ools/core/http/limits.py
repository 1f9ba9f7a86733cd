"""The defaults and bounds every attempt is held to (the package docstring
says how they apply).  The defaults of the settings are the settings
table's (core/settings.py)."""

from ..settings import setting

DEFAULT_TIMEOUT = setting('timeout').default
DEFAULT_CONNECT_TIMEOUT = setting('connect-timeout').default
DEFAULT_MAX_RETRIES = setting('max-retries').default
DEFAULT_MAX_RESPONSE_SIZE = setting('max-response-size').default
DEFAULT_ANSWER_DEADLINE = setting('answer-deadline').default
SEND_RATE_ALLOWANCE = 64 * 1024       # bytes of request body per extra second
# a stream must move this much per timeout
STREAM_PROGRESS = 64 * 1024
READ_CHUNK = 64 * 1024
# The socket's own timeout is a backstop only: the watchdog's deadline must
# always fire first, so that one bound, with one message, ends an attempt even
# when a loaded machine wakes the watchdog thread late.
SOCKET_TIMEOUT_SLACK = 2.0
