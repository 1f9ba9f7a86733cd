"""HTTP transport on the standard library: bounded time, bounded size, safe
retries.

Every answer may be late, partial, wrong or malicious, so each attempt is
bounded as a whole, not per socket read:

* connecting (TCP and TLS) must finish within ``connect_timeout``;
* once connected, sending the request and receiving the *complete* answer must
  finish within ``timeout`` (plus one second for every 64 KiB of request
  body, so large uploads on slow links are not cut off);
* a streamed answer (downloads) must keep moving: every 64 KiB must arrive
  within ``timeout`` of the previous 64 KiB;
* every answer, streamed or not, must be complete within ``answer_deadline``
  of the request being sent.

A watchdog thread shuts the socket down when a bound passes, which is the only
way to stop a server that drips one byte a second (each read would succeed).

An answer that is not streamed is read into memory only up to
``max_response_size`` bytes; more is an error.  ``Accept-Encoding: identity``
keeps compressed bombs out.

Retries (``max_retries``, default 2) use full-jitter exponential backoff, and
only where sending again is safe (``retry`` says when).  A non-idempotent
request whose answer never came is not sent again: the error says its outcome
is unknown.

One concern per module: ``client`` (HttpClient: retries, redirects, one
attempt), ``retry`` (the policy), ``deadline`` (watchdog, stream reader),
``response`` (Headers, Response), ``errors`` (TransportError and what each
failure says), ``pool`` (connections, proxies, TLS), ``limits`` (defaults and
bounds), ``redact`` (secrets out of --debug output).
"""

from .client import HttpClient, outcome_unknown, refuse_control_characters
from .errors import OutcomeUnknown, TransportError, host_of
from .limits import (DEFAULT_ANSWER_DEADLINE, DEFAULT_CONNECT_TIMEOUT,
                     DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_RETRIES,
                     DEFAULT_TIMEOUT, READ_CHUNK)
from .proxies import proxy_for
from .redact import redact
from .response import Headers, Response, too_big
from .retry import THROTTLING_CODES

__all__ = ['DEFAULT_ANSWER_DEADLINE', 'DEFAULT_CONNECT_TIMEOUT',
           'DEFAULT_MAX_RESPONSE_SIZE', 'DEFAULT_MAX_RETRIES',
           'DEFAULT_TIMEOUT', 'Headers', 'HttpClient', 'OutcomeUnknown',
           'READ_CHUNK', 'Response', 'THROTTLING_CODES', 'TransportError',
           'host_of', 'outcome_unknown', 'proxy_for', 'redact',
           'refuse_control_characters', 'too_big']
