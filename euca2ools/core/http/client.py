"""HttpClient: a request with redirects and safe retries, made of single
attempts (``send_once``) held to the watchdog's deadlines."""

import http.client
import os
import re
import sys
import time
import urllib.parse

from ..errors import ClientError, printable, redact_userinfo
from ..signing import host_header
from . import retry
from .deadline import StreamReader, Watchdog, bounded
from .errors import (OutcomeUnknown, TransportError, answer_error,
                     connect_error, host_of, send_error)
from .limits import (DEFAULT_ANSWER_DEADLINE, DEFAULT_CONNECT_TIMEOUT,
                     DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_RETRIES,
                     DEFAULT_TIMEOUT, SEND_RATE_ALLOWANCE,
                     SOCKET_TIMEOUT_SLACK)
from .pool import Pool
from .redirects import REDIRECT_STATUSES, redirect_target
from .redact import redact
from .response import Headers, Response

MAX_REDIRECTS = 5
_CONTROL = re.compile(r'[\x00-\x1f\x7f]')


class HttpClient:
    """One client per command (per thread for concurrent S3 transfers); it
    keeps one connection per host alive between calls."""

    def __init__(self, timeout=DEFAULT_TIMEOUT,
                 max_retries=DEFAULT_MAX_RETRIES, verify=True, debug=False,
                 user_agent=None, stderr=None,
                 connect_timeout=DEFAULT_CONNECT_TIMEOUT,
                 max_response_size=DEFAULT_MAX_RESPONSE_SIZE, environ=None,
                 url_note=None, answer_deadline=DEFAULT_ANSWER_DEADLINE,
                 announce_retries=None):
        self.timeout = timeout
        self.answer_deadline = answer_deadline
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
        self.in_flight = False    # a request is being sent or answered
        self.aborted = False      # abort(): no more attempts
        self.sleep = time.sleep
        # Say "..., retrying (2 of 3)" before each retry: by default only
        # when stderr is a terminal (progress's rule), where a silent
        # endpoint would otherwise be minutes of nothing.
        self.announce_retries = announce_retries

    def log(self, text):
        if self.debug:
            print(redact(text), file=self.stderr)

    # -- one request, with retries -----------------------------------------

    def request(self, method, url, prepare, throttled=None, stream=False,
                idempotent=None, what=None, redirects='same-origin',
                changes=None, retry_hint=None):
        """Send a request, following redirects and retrying as
        retry.should_retry says.

        ``prepare(url)`` returns fresh ``(headers, body)``: it is called for
        every attempt so that each one is signed with the current time.
        ``throttled(response)`` says whether an error response is throttling.
        ``idempotent`` defaults to True for GET/HEAD/PUT/DELETE.  ``what``
        names the call in an outcome-unknown error.  ``redirects`` is the
        redirect policy (redirects.py): 'never', 'same-origin' (the default:
        for signed requests) or 'unsigned'.

        ``changes`` (default: not ``idempotent``) says the call changes
        something: once one of its attempts was sent and its answer lost,
        any failure that ends the call is OutcomeUnknown (an error answer
        comes back with ``response.uncertain`` set), with ``retry_hint``
        saying how to run it again safely (e.g. with its ClientToken).
        """
        if idempotent is None:
            idempotent = method in ('GET', 'HEAD', 'PUT', 'DELETE')
        if changes is None:
            changes = not idempotent
        attempt = 0
        followed = 0
        uncertain = False      # an attempt was sent and its answer lost
        while True:
            if self.aborted:
                raise TransportError('stopped', final=True)
            headers, body = prepare(url)
            self.log(f'--> {method} {url}\n'
                     + ''.join(f'    {k}: {v}\n' for k, v in headers.items())
                     + (f'    {shown_body(body)}' if body else ''))
            self.in_flight = False
            try:
                response = self.send_once(method, url, headers, body, stream)
            except KeyboardInterrupt as err:
                # Ctrl-C (or SIGTERM) while the request was on its way or
                # its answer awaited: the change may have happened.
                if changes and (self.in_flight or uncertain):
                    err.outcome = outcome_unknown(
                        'interrupted', what or method, retry_hint)
                raise
            except TransportError as err:
                uncertain = uncertain or err.sent
                if retry.should_retry(attempt, self.max_retries, idempotent,
                                      sent=err.sent, final=err.final):
                    self._wait(attempt, str(err))
                    attempt += 1
                    continue
                if uncertain and changes:
                    raise OutcomeUnknown(outcome_unknown(
                        err, what or method, retry_hint))
                raise
            if not stream:
                self.log(f'<-- {response.status_code} {response.reason}\n'
                         + shown_body(response.content))
            else:
                self.log(f'<-- {response.status_code} {response.reason}')
            if (response.status_code in REDIRECT_STATUSES
                    and response.headers.get('Location')):
                response.close()
                url = redirect_target(url, response.status_code,
                                      response.headers['Location'], redirects)
                followed += 1
                if followed > MAX_REDIRECTS:
                    raise ClientError(f'more than {MAX_REDIRECTS} redirects, '
                                      f'the last to {host_of(url)}')
                continue
            status = response.status_code
            throttling = (throttled is not None
                          and retry.needs_throttle_check(status)
                          and throttled(response))
            if retry.should_retry(attempt, self.max_retries, idempotent,
                                  status=status, throttled=throttling):
                response.close()
                self._wait(attempt, f'HTTP {status}', retry.retry_after(
                    response.headers.get('Retry-After')))
                attempt += 1
                continue
            response.uncertain = uncertain and changes and status >= 300
            return response

    def _wait(self, attempt, why, asked=None):
        """Back off before retry ATTEMPT; at least ASKED seconds when the
        server said when to come back (Retry-After, capped)."""
        delay = retry.backoff_delay(attempt)
        if asked is not None:
            delay = max(delay, asked)
        self.log(f'... {why}; retry {attempt + 1}/{self.max_retries} '
                 f'in {delay:.2f}s')
        if not self.debug and self._announcing():
            from ..process import PROG
            try:
                print(printable(redact_userinfo(
                    f'{PROG or "euca2ools"}: {why}; retrying ({attempt + 2} '
                    f'of {self.max_retries + 1})')), file=self.stderr,
                    flush=True)
            except (OSError, ValueError):
                pass
        self.sleep(delay)

    def _announcing(self):
        if self.announce_retries is not None:
            return bool(self.announce_retries)
        from ..progress import _enabled
        return _enabled(None, self.stderr)

    # -- one attempt ----------------------------------------------------------

    def send_once(self, method, url, headers, body, stream=False):
        """One attempt: connect (or reuse), send, and read the answer.

        Raises TransportError; returns a Response whose body is read already
        unless ``stream``.
        """
        parts = urllib.parse.urlsplit(url)
        host = host_of(url)
        headers = dict(headers)
        refuse_control_characters(headers)
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
                self.in_flight = True
                conn.request(method, target, body=body, headers=headers)
            except (OSError, http.client.HTTPException) as err:
                self.pool.drop(conn)
                raise send_error(host, err, self.watchdog.fired, send_bound)
            # answer-deadline bounds the whole answer, streamed or not.
            ends = time.monotonic() + self.answer_deadline
            self.watchdog.arm(conn, *bounded(self.timeout, 'answer', ends))
            try:
                raw = conn.getresponse()
            except (OSError, http.client.HTTPException) as err:
                self.pool.drop(conn)
                raise answer_error(host, err, self.watchdog.fired,
                                   self.timeout, self.answer_deadline)
            answer_headers = Headers(raw.getheaders())
            reader = StreamReader(conn, raw, host, self.watchdog,
                                  self.timeout, self.pool.drop, ends,
                                  self.answer_deadline)
            if method == 'HEAD':
                reader.complete = True   # no body follows
                reader.close()
                return Response(raw.status, raw.reason, answer_headers,
                                content=b'', max_size=self.max_response_size,
                                url=url)
            reply = Response(raw.status, raw.reason, answer_headers,
                             reader=reader, max_size=self.max_response_size,
                             url=url)
            if not stream:
                reply.content   # read all now, under the same deadline
            else:
                self.watchdog.arm(conn,
                                  *bounded(self.timeout, 'stream', ends))
            return reply
        except BaseException:
            self.watchdog.disarm()
            raise
        finally:
            if not stream:
                self.watchdog.disarm()

    def close(self):
        self.pool.close()

    def abort(self):
        """Stop this client's transfers now (Ctrl-C in another thread):
        the sockets are shut down and no attempt is made any more."""
        self.aborted = True
        self.pool.shut_down()


def refuse_control_characters(headers):
    """A control character in a header could split the request; the error
    never echoes the value, which may be a token or a signature."""
    for name, value in headers.items():
        if _CONTROL.search(str(name)) or _CONTROL.search(str(value)):
            raise TransportError(f'refusing to send a {name} header that '
                                 'holds a control character', final=True)


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


def outcome_unknown(error, what, retry_hint=None):
    """The message of a call that may have acted: ERROR ended it, and an
    attempt of it was sent without a definite answer."""
    how = retry_hint or ('check the current state (e.g. with a describe '
                         'command) before running it again')
    return (f'{error}; the {what} request was sent, so it may or may not '
            f'have taken effect: {how}')


def shown_body(body):
    """A body as --debug shows it: text (under 64 KiB) as it is, anything
    else -- a bundle part's bytes, a file being uploaded -- as a placeholder
    with its size, so that no byte of it reaches the terminal."""
    if not isinstance(body, (bytes, bytearray)):
        return '<a streamed body>' if body is not None else ''
    if len(body) >= 65536:
        return f'<{len(body)} bytes>'
    try:
        text = bytes(body).decode('utf-8')
    except UnicodeDecodeError:
        return f'<{len(body)} bytes of binary data>'
    if not text.replace('\n', '').replace('\t', '').replace(
            '\r', '').isprintable():
        return f'<{len(body)} bytes of binary data>'
    return text
