"""HTTP transport on the standard library: bounded time, bounded size, safe retries.

Every answer may be late, partial, wrong or malicious, so each attempt is
bounded as a whole, not per socket read:

* connecting (TCP and TLS) must finish within ``connect_timeout``;
* once connected, sending the request and receiving the *complete* answer must
  finish within ``timeout`` (plus one second for every 64 KiB of request
  body, so large uploads on slow links are not cut off);
* a streamed answer (downloads) must keep moving: every 64 KiB must arrive
  within ``timeout`` of the previous 64 KiB.

A watchdog thread shuts the socket down when a bound passes, which is the only
way to stop a server that drips one byte a second (each read would succeed).

An answer that is not streamed is read into memory only up to
``max_response_size`` bytes; more is an error.  ``Accept-Encoding: identity``
keeps compressed bombs out.

Retries (``max_retries``, default 2) use full-jitter exponential backoff.  What
is safe to send again:

* anything that failed before the request was fully sent (no connection, a
  reset while sending): the server cannot have acted on it;
* answers that say the request was refused (HTTP 429, 503, throttling codes);
* for *idempotent* requests only (read-only actions, requests carrying an
  idempotency token, S3 object GET/HEAD/PUT/DELETE): timeouts, resets and
  HTTP 500/502/504 after the request was sent.

A non-idempotent request whose answer never came is not sent again: the error
says its outcome is unknown.  A refused connection or an unknown host fails at
once: waiting will not fix it.
"""

import http.client
import os
import re
import socket
import sys
import threading
import time
import urllib.parse

from ..errors import ClientError
from ..signing import host_header
from . import retry
from .deadline import StreamReader, Watchdog
from .errors import (OutcomeUnknown, TransportError, answer_error,
                     connect_error, host_of, reason, send_error)
from .pool import Pool, proxy_for
from .limits import (DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE,
                     DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, READ_CHUNK,
                     SEND_RATE_ALLOWANCE, SOCKET_TIMEOUT_SLACK,
                     STREAM_PROGRESS)
from .redact import redact
from .response import Headers, Response, too_big
from .retry import THROTTLING_CODES

MAX_REDIRECTS = 5
_CONTROL = re.compile(r'[\x00-\x1f\x7f]')


class HttpClient:
    """One client per command (per thread for concurrent S3 transfers); it
    keeps one connection per host alive between calls."""

    def __init__(self, timeout=DEFAULT_TIMEOUT, max_retries=DEFAULT_MAX_RETRIES,
                 verify=True, debug=False, user_agent=None, stderr=None,
                 connect_timeout=DEFAULT_CONNECT_TIMEOUT,
                 max_response_size=DEFAULT_MAX_RESPONSE_SIZE, environ=None,
                 url_note=None):
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.max_retries = max_retries
        self.max_response_size = max_response_size
        self.verify = verify
        self.debug = debug
        self.user_agent = user_agent
        self.stderr = stderr or sys.stderr
        self.environ = os.environ if environ is None else environ
        self.url_note = url_note
        self.watchdog = Watchdog()
        self.pool = Pool(connect_timeout, verify, self.environ)
        self.sleep = time.sleep

    def log(self, text):
        if self.debug:
            print(redact(text), file=self.stderr)

    # -- one request, with retries -----------------------------------------

    def request(self, method, url, prepare, throttled=None, stream=False,
                idempotent=None, what=None):
        """Send a request, retrying as the module docstring says.

        ``prepare(url)`` returns fresh ``(headers, body)``: it is called for
        every attempt so that each one is signed with the current time.
        ``throttled(response)`` says whether an error response is throttling.
        ``idempotent`` defaults to True for GET/HEAD/PUT/DELETE.  ``what``
        names the call in an outcome-unknown error.
        """
        if idempotent is None:
            idempotent = method in ('GET', 'HEAD', 'PUT', 'DELETE')
        attempt = 0
        redirects = 0
        while True:
            headers, body = prepare(url)
            self.log(f'--> {method} {url}\n'
                     + ''.join(f'    {k}: {v}\n' for k, v in headers.items())
                     + (f'    {body.decode("utf-8", "replace")}'
                        if body and isinstance(body, bytes) and
                        len(body) < 65536 else ''))
            try:
                response = self.send_once(method, url, headers, body, stream)
            except TransportError as err:
                if retry.should_retry(attempt, self.max_retries, idempotent,
                                      sent=err.sent, final=err.final):
                    self._wait(attempt, str(err))
                    attempt += 1
                    continue
                if err.sent and not idempotent:
                    raise OutcomeUnknown(
                        f'{err}; the {what or method} request was sent, so '
                        'it may or may not have taken effect: check the '
                        'current state (e.g. with a describe command) before '
                        'running it again')
                raise
            if not stream:
                self.log(f'<-- {response.status_code} {response.reason}\n'
                         + response.content.decode('utf-8', 'replace'))
            else:
                self.log(f'<-- {response.status_code} {response.reason}')
            if (response.status_code in (301, 302, 307, 308)
                    and response.headers.get('Location')
                    and redirects < MAX_REDIRECTS):
                response.close()
                url = urllib.parse.urljoin(url, response.headers['Location'])
                redirects += 1
                continue
            status = response.status_code
            throttling = (throttled is not None
                          and retry.needs_throttle_check(status)
                          and throttled(response))
            if retry.should_retry(attempt, self.max_retries, idempotent,
                                  status=status, throttled=throttling):
                response.close()
                self._wait(attempt, f'HTTP {status}')
                attempt += 1
                continue
            return response

    def _wait(self, attempt, why):
        delay = retry.backoff_delay(attempt)
        self.log(f'... {why}; retry {attempt + 1}/{self.max_retries} '
                 f'in {delay:.2f}s')
        self.sleep(delay)

    # -- one attempt ----------------------------------------------------------

    def send_once(self, method, url, headers, body, stream=False):
        """One attempt: connect (or reuse), send, and read the answer.

        Raises TransportError; returns a Response whose body is read already
        unless ``stream``.
        """
        parts = urllib.parse.urlsplit(url)
        host = host_of(url)
        headers = dict(headers)
        for name, value in headers.items():
            if _CONTROL.search(str(name)) or _CONTROL.search(str(value)):
                # Never echo the value: it may be a token or a signature.
                raise TransportError(f'refusing to send a {name} header that '
                                     'holds a control character', final=True)
        lower = {k.lower() for k in headers}
        if 'host' not in lower:
            headers['Host'] = host_header(url)
        if 'user-agent' not in lower and self.user_agent:
            headers['User-Agent'] = self.user_agent
        headers.setdefault('Accept-Encoding', 'identity')
        length = _body_length(body)
        if length is not None and 'content-length' not in lower:
            headers['Content-Length'] = str(length)

        conn, target = self.pool.connection(parts)
        headers.update(getattr(conn, 'proxy_headers', {}))
        if conn.sock is None:
            self.watchdog.arm(conn, self.connect_timeout, 'connect')
            try:
                conn.connect()
            except Exception as err:
                self.pool.drop(conn)
                raise connect_error(host, err, self.watchdog.fired,
                                    self.connect_timeout, self.url_note)
            finally:
                self.watchdog.disarm()
            conn.sock.settimeout(self.timeout + SOCKET_TIMEOUT_SLACK)
        try:
            send_bound = self.timeout + (length or 0) / SEND_RATE_ALLOWANCE
            self.watchdog.arm(conn, send_bound, 'send')
            try:
                conn.request(method, target, body=body, headers=headers)
            except (OSError, http.client.HTTPException) as err:
                self.pool.drop(conn)
                raise send_error(host, err, self.watchdog.fired, send_bound)
            self.watchdog.arm(conn, self.timeout, 'answer')
            try:
                raw = conn.getresponse()
            except (OSError, http.client.HTTPException) as err:
                self.pool.drop(conn)
                raise answer_error(host, err, self.watchdog.fired,
                                   self.timeout)
            reply = Response(raw.status, raw.reason,
                             Headers(raw.getheaders()),
                             reader=StreamReader(conn, raw, host, self.watchdog,
                                                 self.timeout, self.pool.drop),
                             max_size=self.max_response_size, url=url)
            if method == 'HEAD':
                reply._reader.complete = True   # no body follows
                reply.close()
                reply._content = b''
            elif not stream:
                reply.content   # read all now, under the same deadline
            else:
                self.watchdog.arm(conn, self.timeout, 'stream')
            return reply
        except BaseException:
            self.watchdog.disarm()
            raise
        finally:
            if not stream:
                self.watchdog.disarm()

    def close(self):
        self.pool.close()


def _body_length(body):
    if body is None:
        return 0
    if isinstance(body, (bytes, bytearray, memoryview)):
        return len(body)
    if isinstance(body, str):
        return len(body.encode('utf-8'))
    if hasattr(body, 'seek') and hasattr(body, 'tell'):
        start = body.tell()
        end = body.seek(0, os.SEEK_END)
        body.seek(start)
        return end - start
    return None
