"""Which failed attempt may be sent again, and how long to wait first.

What is safe to send again:

* anything that failed before the request was fully sent (no connection, a
  reset while sending): the server cannot have acted on it;
* answers that say the request was refused (HTTP 429, 503, throttling codes);
* for *idempotent* requests only (read-only actions, requests carrying an
  idempotency token, S3 object GET/HEAD/PUT/DELETE): timeouts, resets and
  HTTP 500/502/504 after the request was sent.

A refused connection or an unknown host is ``final``: waiting will not fix it.
"""

import random

RETRY_STATUSES = frozenset((429, 500, 502, 503, 504))
REFUSED_STATUSES = frozenset((429, 503))   # not acted on: always retryable
THROTTLING_CODES = frozenset((
    'Throttling', 'ThrottlingException', 'ThrottledException',
    'RequestThrottled', 'RequestLimitExceeded', 'SlowDown',
    'TooManyRequestsException', 'RequestThrottledException',
    'PriorRequestNotComplete', 'EC2ThrottledException'))
BASE_BACKOFF = 0.3
MAX_BACKOFF = 15.0


def backoff_delay(attempt):
    """Full-jitter exponential backoff for retry number ``attempt``
    (0-based)."""
    return random.uniform(0, min(MAX_BACKOFF, BASE_BACKOFF * 2 ** attempt))


MAX_RETRY_AFTER = 20.0    # seconds: a longer Retry-After is cut to this


def retry_after(value, now=None):
    """The seconds a Retry-After header (delta-seconds or an HTTP date)
    asks for, at most MAX_RETRY_AFTER; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        import email.utils
        import time
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None or when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def needs_throttle_check(status):
    """Whether only the body can tell if an answer was throttled (429 and
    503 say so by their status; the check reads the body, so it is skipped
    when not needed)."""
    return status >= 400 and status not in REFUSED_STATUSES


def should_retry(attempt, max_retries, idempotent, status=None,
                 throttled=False, sent=False, final=False):
    """Whether to send again after attempt ``attempt`` (0-based) ended with
    HTTP ``status`` (``throttled``: its body names a throttling code) or,
    when ``status`` is None, with a transport failure (``sent``: the whole
    request reached the server; ``final``: retrying cannot help)."""
    if attempt >= max_retries:
        return False
    if status is None:
        return not final and (idempotent or not sent)
    refused = status in REFUSED_STATUSES or (status >= 400 and throttled)
    return bool(refused or (idempotent and status in RETRY_STATUSES))
