"""Deadlines for a whole attempt, not per socket read: a watchdog thread
shuts the socket down when one passes (the only way to stop a server that
drips one byte a second), and a stream reader that moves the deadline on as
the answer moves -- but never past the answer's total deadline (``bounded``:
then the phase is 'total')."""

import http.client
import socket
import threading
import time

from .errors import TransportError, answer_error
from .limits import STREAM_PROGRESS


def bounded(seconds, phase, ends):
    """(seconds, phase) to arm the watchdog with: SECONDS of PHASE, or what
    is left until ENDS (a time.monotonic() value: the answer's total
    deadline) as the phase 'total' when that comes first."""
    left = ends - time.monotonic()
    if seconds <= left:
        return seconds, phase
    return max(left, 0.0), 'total'


class Watchdog:
    """Shuts a connection's socket down when its deadline passes.

    One daemon thread per HttpClient.  ``arm`` sets (or moves) the deadline;
    when it passes, ``fired`` names the phase and the socket is shut down, so
    whatever blocking call the main thread is in returns at once.
    """

    def __init__(self):
        self._cond = threading.Condition()
        self._deadline = None
        self._conn = None
        self._phase = None
        self.fired = None
        self._thread = None

    def arm(self, conn, seconds, phase):
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name='euca2ools-watchdog')
                self._thread.start()
            self._conn, self._phase = conn, phase
            self._deadline = time.monotonic() + seconds
            self.fired = None
            self._cond.notify()

    def disarm(self):
        with self._cond:
            self._deadline = None
            self._conn = None

    def _run(self):
        with self._cond:
            while True:
                if self._deadline is None:
                    self._cond.wait()
                    continue
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._cond.wait(remaining)
                    continue
                self.fired = self._phase
                sock = getattr(self._conn, 'sock', None)
                self._deadline = None
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass


class StreamReader:
    """Reads an http.client response under the watchdog's moving deadline
    (``timeout`` for every STREAM_PROGRESS bytes, until ``ends``: the total
    deadline of ``total`` seconds); the connection is kept for reuse only
    after a complete answer, else ``drop(conn)`` closes it."""

    def __init__(self, conn, response, host, watchdog, timeout, drop, ends,
                 total):
        self.conn = conn
        self.response = response
        self.host = host
        self.watchdog = watchdog
        self.timeout = timeout
        self.drop = drop
        self.ends = ends
        self.total = total
        self.moved = 0
        self.complete = False

    def read1(self, size):
        if self.response is None:
            return b''
        try:
            chunk = self.response.read1(size)
        except (OSError, http.client.HTTPException) as err:
            self.close()
            raise answer_error(self.host, err, self.watchdog.fired,
                               self.timeout, self.total)
        if self.watchdog.fired:
            self.close()
            raise answer_error(self.host, None, self.watchdog.fired,
                               self.timeout, self.total)
        if not chunk:
            if self.response.length not in (None, 0):
                self.close()
                raise TransportError(
                    f'the connection to {self.host} closed before the answer '
                    'was complete', sent=True)
            self.complete = True
            self.close()
            return chunk
        self.moved += len(chunk)
        if self.moved >= STREAM_PROGRESS:
            self.moved = 0
            self.watchdog.arm(self.conn,
                              *bounded(self.timeout, 'stream', self.ends))
        return chunk

    def close(self):
        if self.response is None:
            return
        self.watchdog.disarm()
        if not self.complete or self.response.will_close:
            self.drop(self.conn)
        self.response.close()
        self.response = None
