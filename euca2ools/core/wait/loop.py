"""--wait: poll a describe until a command's change is done.

A command declares what to wait for once, as ``WAIT = Waiter(...)``
(``core/wait/__init__.py``); ``QueryRequest.after_output`` calls ``wait_for``
after the command's normal output is printed and flushed.  This module is
imported only then, so a run without --wait pays nothing for it.

The loop: describe the ids at once, then after 2 s, 3 s, 4.5 s, ... (at
most 15 s; ``EUCA_WAIT_INTERVAL`` sets the first interval and the cap
follows it) until every id reached a success state (exit 0), one reached a
failure state (exit 1 with the item's reason), or ``--wait-timeout``
seconds (default 600) passed (exit 1 naming what was awaited, for how
long, and where things stood).  The deadline is checked between describes;
one describe is bounded by the usual connect/read timeouts.

A describe that fails is not the end: the transport has already retried
it, and the next poll tries again; MAX_FAILED_POLLS in a row end the wait
(exit 1 with the last error).  Errors that another try cannot change (a
4xx other than throttling: bad credentials, a refused parameter) end it
at once.  An error code the waiter lists in ``not_found`` means the item
does not exist: not visible yet, gone for good (success for deletions),
or a failure, as the waiter's ``gone`` says.

On a terminal (or with --progress) stderr shows one line, redrawn every
second: ``waiting for i-123 running: pending (12 s)``.
"""

import math
import sys
import time

from ..errors import ClientError, ServerError
from . import DEFAULT_WAIT_TIMEOUT, pluck

FIRST_INTERVAL = 2.0
GROWTH = 1.5
MAX_INTERVAL = 15.0
MAX_FAILED_POLLS = 3
INTERVAL_VARIABLE = 'EUCA_WAIT_INTERVAL'

NOT_FOUND = 'not found'


def poll_interval(environ):
    """The first interval: EUCA_WAIT_INTERVAL seconds, or 2."""
    text = environ.get('EUCA_WAIT_INTERVAL')
    if text is None or not text.strip():
        return FIRST_INTERVAL
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise ClientError(f'environment variable {INTERVAL_VARIABLE}: '
                          f'{text!r} is not a positive number of seconds')
    return value


def intervals(first):
    """first, first * 1.5, ... up to 7.5 * first (2 s grows to 15 s)."""
    cap = first * MAX_INTERVAL / FIRST_INTERVAL
    delay = first
    while True:
        yield delay
        delay = min(delay * GROWTH, cap)


def seconds(value):
    return f'{value:g} s'


def _retryable(err):
    """Could another describe, a little later, answer differently?"""
    if isinstance(err, ServerError):
        from ..http import THROTTLING_CODES
        status = err.status if isinstance(err.status, int) else None
        return (err.code in THROTTLING_CODES or status is None
                or status >= 500)
    return True    # no answer at all: a timeout, a reset, a refused connection


class Wait:
    """One --wait: the command, its waiter, the ids, and where each stands."""

    def __init__(self, command, result):
        self.command = command
        self.waiter = waiter = command.WAIT
        self.ids = waiter.ids(command, result)
        if not self.ids:
            raise ClientError(f'cannot wait: the answer names no '
                              f'{waiter.what} to wait for')
        self.describe = waiter.describe_class()
        self.timeout = command.args.get('wait_timeout') or \
            DEFAULT_WAIT_TIMEOUT
        self.states = {item_id: '' for item_id in self.ids}
        self.labels = {item_id: item_id for item_id in self.ids}
        self.details = {}
        self.pending = list(self.ids)
        self.last_error = None

    # -- describing ------------------------------------------------------

    def describe_ids(self, ids):
        """{id: its item, or (not found) the server's message or ''} for
        these ids: one describe, or one per id when the waiter's describe
        takes one or a "not found" for several must be told apart."""
        waiter = self.waiter
        if waiter.per_id and len(ids) > 1:
            found = {}
            for item_id in ids:
                found.update(self.describe_ids([item_id]))
            return found
        args = dict(waiter.describe_args_for(self.command, ids))
        args.setdefault('url', self.command.url)
        describe = self.describe(args, self.command.context)
        describe.STREAM = None      # the whole answer, not streamed pages
        try:
            answer = describe.main()
        except ServerError as err:
            if err.code not in waiter.not_found:
                raise
            if len(ids) > 1 and waiter.gone != 'wait':
                # One missing id fails the whole call: ask one by one to
                # learn which ones are gone.
                found = {}
                for item_id in ids:
                    found.update(self.describe_ids([item_id]))
                return found
            return {item_id: err.message or '' for item_id in ids}
        found = {item_id: '' for item_id in ids}
        for item in pluck(answer, waiter.items):
            if not isinstance(item, dict):
                continue
            for item_id in waiter.item_ids(item) & found.keys():
                found[item_id] = item
        return found

    # -- judging -----------------------------------------------------------

    def judge(self, found):
        """Record each pending id's state; raise for a failure state; drop
        the ids that are done."""
        waiter = self.waiter
        command = self.command
        still = []
        for item_id in self.pending:
            item = found.get(item_id, '')
            if not isinstance(item, dict):
                self.states[item_id] = NOT_FOUND
                self.details[item_id] = item
                if waiter.gone == 'success':
                    continue
                if waiter.gone == 'failure':
                    raise ClientError(
                        f'{waiter.what} {self.labels[item_id]} no longer '
                        f'exists (while waiting for it to be {waiter.goal})')
                still.append(item_id)
                continue
            self.labels[item_id] = waiter.label(item, item_id)
            state = waiter.state_of(command, item)
            self.states[item_id] = state
            self.details[item_id] = waiter.detail_of(item)
            if waiter.done(command, item, state):
                continue
            if waiter.failed(command, item, state):
                raise ClientError(self.failure_message(item_id, item, state))
            still.append(item_id)
        self.pending = still

    def failure_message(self, item_id, item, state):
        waiter = self.waiter
        text = (f'{waiter.what} {self.labels[item_id]} became '
                f'{state or "(no state)"} instead of {waiter.goal}')
        reason = waiter.reason_of(item)
        text += f': {reason}' if reason else ' (no reason given)'
        if waiter.hint:
            text += f'; see {waiter.hint.format(id=self.labels[item_id])}'
        return text

    # -- telling -----------------------------------------------------------

    def subject(self):
        """'i-123', or '3 instances'."""
        if len(self.ids) == 1:
            return self.labels[self.ids[0]]
        return f'{len(self.ids)} {self.waiter.what}s'

    def named(self):
        """'instance i-123', or '3 instances'."""
        if len(self.ids) == 1:
            return f'{self.waiter.what} {self.subject()}'
        return self.subject()

    def where(self, ids=None):
        """Where the ids stand: 'pending (40%)', or '2 running, 1 pending'."""
        ids = self.ids if ids is None else ids

        def shown(item_id):
            state = self.states[item_id] or '(no state yet)'
            detail = self.details.get(item_id)
            return f'{state} ({detail})' if detail else state

        if len(ids) == 1:
            return shown(ids[0])
        counts = {}
        for item_id in ids:
            state = self.states[item_id] or '(no state yet)'
            counts[state] = counts.get(state, 0) + 1
        return ', '.join(f'{count} {state}' for state, count in
                         counts.items())

    def progress(self, elapsed):
        text = f'waiting for {self.subject()} {self.waiter.goal}: ' \
            f'{self.where()}'
        if self.last_error is not None:
            text += f' (last describe failed: {_short(self.last_error)})'
        return f'{text} ({elapsed:.0f} s)'

    def timeout_message(self):
        waiter = self.waiter
        text = (f'gave up waiting for {self.named()} to be {waiter.goal} '
                f'after {seconds(self.timeout)} (--wait-timeout): ')
        if len(self.ids) == 1:
            text += f'it is {self.where()}'
        else:
            text += ', '.join(f'{self.labels[i]} {self.where([i])}'
                              for i in self.pending) + ' (not yet ' \
                f'{waiter.goal})'
        if self.last_error is not None:
            text += f'; the last describe failed: {self.last_error}'
        return text

    # -- the loop ----------------------------------------------------------

    def run(self):
        command = self.command
        from ..progress import StatusLine, progress_wanted
        stream = command.context.stderr or sys.stderr
        line = StatusLine(progress_wanted(command.args, stream), stream)
        started = time.monotonic()
        deadline = started + self.timeout
        failures = 0
        delays = intervals(poll_interval(command.context.environ))
        try:
            while True:
                try:
                    found = self.describe_ids(self.pending)
                except (ServerError, ClientError) as err:
                    if not _retryable(err):
                        raise ClientError(
                            f'cannot wait for {self.named()} to be '
                            f'{self.waiter.goal}: {self.describe.COMMAND}'
                            f' failed: {str(err)}') from None
                    failures += 1
                    self.last_error = str(err)
                    if failures >= MAX_FAILED_POLLS:
                        raise ClientError(
                            f'stopped waiting for {self.named()} to be '
                            f'{self.waiter.goal}: {self.describe.COMMAND} '
                            f'failed {failures} times in a row; the last '
                            f'error: {self.last_error}') from None
                else:
                    failures = 0
                    self.last_error = None
                    self.judge(found)
                    if not self.pending:
                        line.finish(f'{self.subject()} '
                                    f'{self.waiter.goal} after '
                                    f'{time.monotonic() - started:.0f} s')
                        return
                now = time.monotonic()
                if now >= deadline:
                    raise ClientError(self.timeout_message())
                self.sleep(min(next(delays), deadline - now), line, started)
        finally:
            line.finish()

    def sleep(self, delay, line, started):
        """Sleep DELAY seconds, redrawing the line every second."""
        end = time.monotonic() + delay
        now = time.monotonic()
        while now < end:
            line.show(self.progress(now - started))
            time.sleep(min(1.0, end - now) if line.enabled else end - now)
            now = time.monotonic()


def _short(text, limit=60):
    return text if len(text) <= limit else text[:limit - 3] + '...'


def wait_for(command, result):
    """Poll until the change COMMAND made (its RESULT names the ids) is
    done; a ClientError (exit 1) when it fails or times out."""
    Wait(command, result).run()
