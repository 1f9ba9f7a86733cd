"""Progress for long work (bundle, upload, download, install, --wait) on
stderr.

A byte-count line: done/total, percent, rate, ETA.

    meter = ProgressMeter(total=size, label='disk.img', enabled=None)
    meter.update(nbytes)       # thread-safe; redraws at most 5 times a second
    meter.finish()

``enabled=None`` means "only when the stream is a terminal"; commands map
--progress to True and --no-progress to False (see progress_wanted()).
``StatusLine`` is the line itself (redrawn in place), which --wait uses for
its "waiting for i-123 running: pending (12 s)".
"""

import argparse
import sys
import threading
import time

from .args import LOCAL, Arg

REDRAW_INTERVAL = 0.2


def progress_wanted(args, stream=None):
    """--progress forces the meter, --no-progress (or --porcelain) turns it
    off; otherwise it is on when stderr is a terminal."""
    if args.get('progress'):
        return True
    if args.get('no_progress') or args.get('porcelain'):
        return False
    stream = stream or sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def human_bytes(count):
    value = float(count)
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if value < 1024 or unit == 'TiB':
            return f'{value:.0f} {unit}' if unit == 'B' \
                else f'{value:.1f} {unit}'
        value /= 1024
    return f'{count} B'


def format_eta(seconds):
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f'{hours}:{minutes:02}:{secs:02}'


def _enabled(enabled, stream):
    """ENABLED as given, else whether STREAM is a terminal."""
    if enabled is not None:
        return bool(enabled)
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class StatusLine:
    """One line on a terminal, redrawn in place with a carriage return;
    nothing at all when not enabled.  A stream that fails to take it
    disables it (progress is never worth an error)."""

    def __init__(self, enabled=None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = _enabled(enabled, self.stream)
        self._width = 0

    def show(self, text):
        if not self.enabled:
            return
        if self._width == 0:
            # Longer than the terminal, the line would wrap and the
            # carriage return would no longer reach its start.
            import shutil
            self._columns = shutil.get_terminal_size().columns
        text = text[:max(self._columns - 1, 20)]
        pad = ' ' * max(self._width - len(text), 0)
        self._width = max(len(text), 1)
        try:
            self.stream.write('\r' + text + pad)
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def finish(self, text=None):
        """End the line (showing TEXT last), so what follows starts a line
        of its own."""
        if text is not None:
            self.show(text)
        if self.enabled and self._width:
            try:
                self.stream.write('\n')
                self.stream.flush()
            except (OSError, ValueError):
                pass
        self.enabled = False


class ProgressMeter:
    def __init__(self, total=None, label='', enabled=None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = _enabled(enabled, self.stream)
        self.total = total
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._width = 0
        self._lock = threading.Lock()
        self._finished = False

    def update(self, nbytes):
        with self._lock:
            self.done += nbytes
            if not self.enabled:
                return
            now = time.monotonic()
            if now - self._last_draw >= REDRAW_INTERVAL:
                self._last_draw = now
                self._draw(now)

    def line(self, now=None):
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        fields = [self.label] if self.label else []
        if self.total:
            percent = min(100.0, 100.0 * self.done / self.total)
            fields.append(f'{human_bytes(self.done)} / '
                          f'{human_bytes(self.total)} {percent:3.0f}%')
        else:
            fields.append(human_bytes(self.done))
        fields.append(f'{human_bytes(rate)}/s')
        if self._finished:
            fields.append(f'in {format_eta(elapsed)}')
        elif self.total and rate > 0:
            remaining = max(self.total - self.done, 0) / rate
            fields.append(f'ETA {format_eta(remaining)}')
        else:
            fields.append('ETA --:--:--')
        return '  '.join(fields)

    def _draw(self, now):
        text = self.line(now)
        pad = ' ' * max(self._width - len(text), 0)
        self._width = len(text)
        try:
            self.stream.write('\r' + text + pad)
            self.stream.flush()
        except (OSError, ValueError):
            self.enabled = False

    def finish(self):
        with self._lock:
            if self._finished:
                return
            self._finished = True
            if self.enabled:
                self._draw(time.monotonic())
                try:
                    self.stream.write('\n')
                    self.stream.flush()
                except (OSError, ValueError):
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.finish()


# The options every command that shows progress has.
PROGRESS_ARGS = [
    Arg('--progress', action='store_true', route_to=LOCAL,
        help='show progress (the default when stderr is a terminal)'),
    Arg('--no-progress', action='store_true', route_to=LOCAL,
        help='do not show progress (the default otherwise)'),
    Arg('--porcelain', action='store_true', route_to=LOCAL,
        help=argparse.SUPPRESS)]


class ProgressMixin:
    """progress_meter() for commands whose ARGS include PROGRESS_ARGS."""

    def progress_meter(self, total=None, label=''):
        stream = self.context.stderr or sys.stderr
        return ProgressMeter(total, label,
                             progress_wanted(self.args, stream), stream)
