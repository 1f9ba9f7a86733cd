"""Declarations a command class makes: arguments, exclusive groups and filters.

An ``Arg`` takes exactly what ``argparse.add_argument`` takes, plus
``route_to``.  Its ``dest`` doubles as the name of the query parameter the
value fills (``Placement.AvailabilityZone``, ``LoadBalancerNames.member``);
``route_to=LOCAL`` keeps the value for the command's own code instead.
"""

import argparse

# Where an argument's value goes.
PARAMS = 'params'   # the request's query parameters (default)
LOCAL = None        # only self.args; the command's code uses it


class _Empty:
    """A value sent as an empty string (plain '' and None are not sent)."""

    def __repr__(self):
        return 'EMPTY'

    def __str__(self):
        return ''


EMPTY = _Empty()


class Arg:
    def __init__(self, *pargs, route_to=PARAMS, dash_value=False, **kwargs):
        self.pargs = pargs
        self.kwargs = kwargs
        self.route_to = route_to
        # The option's value may start with "-" (e.g. "-1:-1"), which
        # argparse would otherwise take for an option.
        self.dash_value = dash_value
        # store_true flags default to None rather than False, so an absent
        # flag sends nothing instead of "Flag=false".
        if kwargs.get('action') in ('store_true', 'store_false') \
                and 'default' not in kwargs:
            kwargs['default'] = None

    @property
    def dest(self):
        if 'dest' in self.kwargs:
            return self.kwargs['dest']
        if self.pargs and not self.pargs[0].startswith('-'):
            return self.pargs[0]
        longs = [p for p in self.pargs if p.startswith('--')]
        name = (longs or self.pargs)[0].lstrip('-')
        return name.replace('-', '_')

    def add_to(self, parser):
        return parser.add_argument(*self.pargs, **self.kwargs)

    def __repr__(self):
        return f'Arg{self.pargs!r}'


class MutuallyExclusiveArgList(list):
    """Args of which at most one (exactly one with .required()) may be given."""

    def __init__(self, *args):
        super().__init__(args)
        self.is_required = False

    def required(self):
        self.is_required = True
        return self

    def add_to(self, parser):
        group = parser.add_mutually_exclusive_group(required=self.is_required)
        for arg in self:
            arg.add_to(group)


class Filter:
    """A server-side filter name accepted by ``--filter NAME=VALUE``."""

    def __init__(self, name, type=str, choices=None, help=None):
        self.name = name
        self.type = type
        self.choices = choices
        self.help = help

    def matches(self, name):
        return name == self.name

    def convert(self, value):
        if self.type is not str:
            try:
                value = self.type(value)
            except (TypeError, ValueError):
                raise argparse.ArgumentTypeError(
                    f'filter {self.name}: invalid value {value!r}')
        if self.choices is not None and value not in self.choices:
            raise argparse.ArgumentTypeError(
                f'filter {self.name}: value must be one of '
                + ', '.join(map(str, self.choices)))
        return value


class GenericTagFilter(Filter):
    """``tag:KEY``: any name that starts with the prefix before the colon."""

    def __init__(self, name='tag:KEY', help='tag value for KEY'):
        super().__init__(name, help=help)
        self.prefix = name.split(':', 1)[0] + ':'

    def matches(self, name):
        return name.startswith(self.prefix) and len(name) > len(self.prefix)


def iter_args(declared):
    """Yield every Arg in a list that may hold MutuallyExclusiveArgLists."""
    for item in declared:
        if isinstance(item, (list, tuple)):
            yield from iter_args(item)
        else:
            yield item


def join_dash_values(argv, declared):
    """Rewrite ``-t -1:-1`` as ``-t=-1:-1`` for Args with dash_value=True."""
    options = {opt for arg in iter_args(declared) if arg.dash_value
               for opt in arg.pargs}
    if not options:
        return argv
    joined = []
    items = iter(argv)
    for item in items:
        if item in options:
            value = next(items, None)
            if value is not None and value.startswith('-'):
                joined.append(f'{item}={value}')
                continue
            joined.append(item)
            if value is not None:
                joined.append(value)
        else:
            joined.append(item)
    return joined


def filters(*names):
    """Filters from bare names; a ``PREFIX:KEY`` name is a generic tag filter."""
    return [GenericTagFilter(name) if name.endswith(':KEY') else Filter(name)
            for name in names]
