"""--wait: what a command waits for, declared on its class.

A command that starts a change declares ``WAIT = Waiter(...)``; QueryRequest
then gives it --wait and --wait-timeout (``wait_seconds``, default
DEFAULT_WAIT_TIMEOUT seconds).  This package is imported when command classes
are defined, so it holds only the declaration and imports nothing heavy; the
poll loop (``loop.py``) is imported only when --wait is given.
"""

import argparse

DEFAULT_WAIT_TIMEOUT = 600   # seconds --wait polls before giving up


def wait_seconds(text):
    """--wait-timeout: a positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        value = float('nan')
    if not 0 < value < float('inf'):
        raise argparse.ArgumentTypeError(
            f'{text!r} is not a positive number of seconds')
    return value


def pluck(data, path):
    """The values at a '.' path, stepping into every item of a list on the
    way: pluck(answer, 'reservationSet.instancesSet') is every instance."""
    values = [data]
    for key in path.split('.') if path else ():
        found = []
        for value in values:
            value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, list):
                found.extend(value)
            elif value is not None:
                found.append(value)
        values = found
    return values


def first_value(data, paths):
    """The first non-empty value at any of ``paths`` (a path or a tuple)."""
    for path in (paths,) if isinstance(paths, str) else paths or ():
        for value in pluck(data, path):
            if value not in (None, '', {}, []):
                return value
    return None


class Waiter:
    """What ``--wait`` polls for after a command's change, declared once on
    the command class (``WAIT = Waiter(...)``); the poll loop is
    ``core/wait/loop.py``, imported only when --wait is given.

    * ``what``: the noun for messages ('instance', 'stack').
    * ``describe``: 'module:Class' of the describe command to poll (imported
      when waiting); ``describe_args``: fixed arguments it gets too.
    * ``ids``: where the ids come from: a path into the command's result
      ('instancesSet.instanceId') or ``'args:DEST'`` (the command's own
      argument); a tuple tries each in turn.  ``id_param``: the describe
      argument they go to, a list unless ``per_id`` (one describe per id).
    * ``items``: the path to the described items; ``item_id``: the key(s)
      of an item that hold an id; ``name``: a key for messages (else the id).
    * ``state``: the path to an item's state; ``success``: the states that
      end the wait; ``failure``: the states that mean it cannot succeed
      (exit 1 with ``reason``, the first non-empty of those paths, and
      ``hint``, where ``{id}`` is the item's name); ``detail``: shown
      beside the state.  ``goal``: how to name the success (default
      success[0]).
    * ``not_found``: error codes of a describe that mean "no such item";
      ``gone`` says what an item that is not found means: 'wait' (not
      visible yet), 'success' (deleted) or 'failure'.
    * ``many``: the command acts on several at once (for --help).

    Odd cases subclass and override a method (``ids``, ``describe_args_for``,
    ``state_of``, ``done``).
    """

    def __init__(self, what, describe, ids, id_param, items, item_id, state,
                 success, failure=(), reason=None, detail=None, goal=None,
                 name=None, gone='wait', not_found=(), per_id=False,
                 describe_args=None, hint=None, many=False):
        assert gone in ('wait', 'success', 'failure'), gone
        self.what = what
        self.describe = describe
        self.id_sources = (ids,) if isinstance(ids, str) else tuple(ids)
        self.id_param = id_param
        self.items = items
        self.item_id = (item_id,) if isinstance(item_id, str) \
            else tuple(item_id)
        self.state = state
        self.success = tuple(success)
        self.failure = tuple(failure)
        self.reason = reason
        self.detail = detail
        self.goal = goal or self.success[0]
        self.name = name
        self.gone = gone
        self.not_found = tuple(not_found)
        self.per_id = per_id
        self.fixed_args = dict(describe_args or {})
        self.hint = hint
        # For --help: 'the instances are running', 'the stack is ...'.
        self.help = f'the {what}s are {self.goal}' if many else \
            f'the {what} is {self.goal}'

    def describe_class(self):
        import importlib
        module, _, name = self.describe.partition(':')
        return getattr(importlib.import_module(module), name)

    def ids(self, command, result):
        """The ids to wait for, in order, without repeats."""
        for source in self.id_sources:
            if source.startswith('args:'):
                value = command.args.get(source[5:])
                values = value if isinstance(value, (list, tuple)) \
                    else [value]
            else:
                values = pluck(result, source)
            # An argument may hold {'InstanceId': ...} dicts.
            values = [next((v.get(k) for k in self.item_id if v.get(k)),
                           None) if isinstance(v, dict) else v
                      for v in values]
            values = [str(v) for v in values if v not in (None, '')]
            if values:
                return list(dict.fromkeys(values))
        return []

    def describe_args_for(self, command, ids):
        """The describe's arguments for these ids."""
        return {**self.fixed_args,
                self.id_param: ids[0] if self.per_id else list(ids)}

    def item_ids(self, item):
        return {str(item.get(key)) for key in self.item_id
                if item.get(key) is not None}

    def label(self, item, item_id):
        return str((item or {}).get(self.name) or item_id) if self.name \
            else item_id

    def state_of(self, command, item):
        return str(first_value(item, self.state) or '')

    def done(self, command, item, state):
        return state in self.success

    def failed(self, command, item, state):
        return state in self.failure

    def reason_of(self, item):
        value = first_value(item, self.reason) if self.reason else None
        return str(value) if value else ''

    def detail_of(self, item):
        value = first_value(item, self.detail) if self.detail else None
        return str(value) if value else ''
