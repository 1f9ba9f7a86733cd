"""Declarations a command class makes: arguments, exclusive groups and filters.

An ``Arg`` takes exactly what ``argparse.add_argument`` takes, plus
``route_to``, ``dash_value`` and ``complete``.  Its ``dest`` doubles as the
name of the query parameter the value fills (``Placement.AvailabilityZone``,
``LoadBalancerNames.member``); ``route_to=LOCAL`` keeps the value for the
command's own code instead.

``complete`` says what the value is, for shell completion: ``'file'``,
``'dir'``, a resource kind whose live names or IDs are offered
(``'instance'``, ``'iam-user'``, ...: the kinds are listed in
``euca2ools/completion/resources.py``), or None for nothing.  Left out, it
follows from the metavar (``COMPLETE_BY_METAVAR``; a comma list such as
``INSTANCE1,INSTANCE2,...`` completes each item as INSTANCE).  Nothing here
is read on a normal run; only ``euca2ools-completion`` looks.
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


# What a value completes to, by metavar, for Args that do not say
# (complete=...).  Only metavars that mean one thing in every family are
# here; GROUP, USER, ROLE and ADDRESS are declared where they are used.
COMPLETE_BY_METAVAR = {
    'FILE': 'file', '(FILE | DIR)': 'file', 'IMAGE_FILE': 'file',
    'MD_FILE': 'file', 'PRIVATEKEY': 'file', 'STYLESHEET': 'file',
    'DIR': 'dir',
    'INSTANCE': 'instance', 'VOLUME': 'volume', 'SNAPSHOT': 'snapshot',
    'IMAGE': 'image', 'KERNEL': 'kernel', 'RAMDISK': 'ramdisk',
    'KEYPAIR': 'keypair', 'VPC': 'vpc', 'VPCID': 'vpc', 'SUBNET': 'subnet',
    'ZONE': 'zone', 'ALLOC': 'allocation', 'INTERFACE': 'network-interface',
    'NETWORKINTERFACEID': 'network-interface', 'RTABLE': 'route-table',
    'IGATEWAY': 'internet-gateway',
    'ELB': 'load-balancer', 'ASGROUP': 'auto-scaling-group',
    'LAUNCHCONFIG': 'launch-config', 'STACK': 'stack', 'ALARM': 'alarm',
    'IPROFILE': 'iam-instance-profile',
}
_DERIVED = object()

# What a value completes to, by option, for Args that do not say.
COMPLETE_BY_OPTION = {'--instance-type': 'instance-type'}

# Fixed vocabularies.  Instance types: offered when the cloud does not list
# its own (Eucalyptus' DescribeInstanceTypes); regions: AWS's, offered for
# --region when no config file names one.
INSTANCE_TYPES = (
    't2.nano', 't2.micro', 't2.small', 't2.medium', 't2.large',
    't3.micro', 't3.small', 't3.medium', 't3.large',
    'm1.small', 'm1.medium', 'm1.large', 'm1.xlarge',
    'm5.large', 'm5.xlarge', 'c1.medium', 'c1.xlarge', 'c5.large',
    'c5.xlarge', 'r5.large', 'cc1.4xlarge')
AWS_REGIONS = (
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1',
    'sa-east-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1',
    'eu-north-1', 'eu-south-1', 'ap-northeast-1', 'ap-northeast-2',
    'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-south-1',
    'ap-east-1', 'me-south-1', 'af-south-1')
VALUES_BY_OPTION = {'--instance-type': INSTANCE_TYPES}


class Arg:
    def __init__(self, *pargs, route_to=PARAMS, dash_value=False,
                 complete=_DERIVED, values=_DERIVED, **kwargs):
        self.pargs = pargs
        self.kwargs = kwargs
        self.route_to = route_to
        self._complete = complete
        self._values = values
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

    @property
    def complete(self):
        """What the value completes to (see the module's docstring)."""
        if self._complete is not _DERIVED:
            return self._complete
        for option in self.pargs:
            if option in COMPLETE_BY_OPTION:
                return COMPLETE_BY_OPTION[option]
        metavar = self.kwargs.get('metavar')
        if not isinstance(metavar, str):
            return None
        if metavar.endswith(',...'):
            metavar = metavar.partition(',')[0].rstrip('0123456789')
        return COMPLETE_BY_METAVAR.get(metavar)

    @property
    def values(self):
        """The usual values (a vocabulary the value is not held to): what
        completion offers when the cloud lists none (VALUES_BY_OPTION when
        not given)."""
        if self._values is not _DERIVED:
            return self._values
        for option in self.pargs:
            if option in VALUES_BY_OPTION:
                return VALUES_BY_OPTION[option]
        return None

    @property
    def comma_list(self):
        """True when the value is a comma-separated list (each item
        completes alike)."""
        return str(self.kwargs.get('metavar', '')).endswith(',...')

    def __repr__(self):
        return f'Arg{self.pargs!r}'


class MutuallyExclusiveArgList(list):
    """Args of which at most one (exactly one with .required()) may be
    given."""

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


# What a filter's value completes to, by the filter name's last dotted part
# ("attachment.instance-id" completes as "instance-id").
COMPLETE_BY_FILTER = {
    'instance-id': 'instance', 'volume-id': 'volume',
    'snapshot-id': 'snapshot', 'image-id': 'image', 'kernel-id': 'kernel',
    'ramdisk-id': 'ramdisk', 'key-name': 'keypair',
    'group-id': 'security-group-id', 'group-name': 'security-group-name',
    'vpc-id': 'vpc', 'subnet-id': 'subnet', 'availability-zone': 'zone',
    'zone-name': 'zone', 'network-interface-id': 'network-interface',
    'route-table-id': 'route-table', 'internet-gateway-id': 'internet-gateway',
    'allocation-id': 'allocation', 'public-ip': 'address',
    'tag-key': 'tag-key', 'tag-value': 'tag-value',
}

# The values of filters that mean one thing wherever they appear, by the
# filter name's last dotted part (as COMPLETE_BY_FILTER): shown in --help and
# the man page, and offered by completion.  The cloud may know more; they
# are not checked.
INSTANCE_STATES = ('pending', 'running', 'shutting-down', 'terminated',
                   'stopping', 'stopped')
VALUES_BY_FILTER = {
    'instance-state-name': INSTANCE_STATES,
    'architecture': ('i386', 'x86_64', 'arm64'),
    'volume-type': ('standard', 'gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1'),
    'virtualization-type': ('hvm', 'paravirtual'),
    'root-device-type': ('ebs', 'instance-store'),
    'image-type': ('machine', 'kernel', 'ramdisk'),
    'hypervisor': ('ovm', 'xen'),
    'tenancy': ('default', 'dedicated', 'host'),
    'instance-lifecycle': ('spot', 'scheduled'),
}
# Per-resource vocabularies, for filters(..., values={NAME: VALUES}).
VOLUME_STATES = ('creating', 'available', 'in-use', 'deleting', 'deleted',
                 'error')
SNAPSHOT_STATES = ('pending', 'completed', 'error')
ATTACHMENT_STATES = ('attaching', 'attached', 'detaching', 'detached')
STATUS_CHECK_STATES = ('ok', 'impaired', 'insufficient-data',
                       'not-applicable', 'initializing')


class Filter:
    """A server-side filter name accepted by ``--filter NAME=VALUE``."""

    def __init__(self, name, type=str, choices=None, help=None,
                 complete=_DERIVED, values=_DERIVED):
        self.name = name
        self.type = type
        self.choices = choices
        self.help = help
        self._complete = complete
        self._values = values

    @property
    def values(self):
        """The values the filter takes, as far as they are a fixed list:
        CHOICES (checked), else VALUES (not checked: the cloud may have
        more), else VALUES_BY_FILTER's; None for open-ended ones."""
        if self.choices is not None:
            return tuple(self.choices)
        if self._values is not _DERIVED:
            return self._values
        return VALUES_BY_FILTER.get(self.name.rpartition('.')[2])

    def described(self):
        """The name as --help lists it: NAME, or NAME (a|b|c)."""
        values = self.values
        return f'{self.name} ({"|".join(map(str, values))})' if values \
            else self.name

    @property
    def complete(self):
        """What the value completes to (as Arg.complete), for shell
        completion only."""
        if self._complete is not _DERIVED:
            return self._complete
        return COMPLETE_BY_FILTER.get(self.name.rpartition('.')[2])

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

    def __init__(self, name='tag:KEY', help='tag value for KEY',
                 complete_key='tag-key'):
        super().__init__(name, help=help, values=None)
        self.prefix = name.split(':', 1)[0] + ':'
        # What KEY completes to (shell completion only); the values of
        # tag:KEY= complete to the values in use for that key.
        self.complete_key = complete_key

    def complete_value(self, name):
        """What the value of NAME (tag:Name) completes to."""
        if self.complete_key == 'tag-key':
            return 'tag-value:' + name[len(self.prefix):]
        return None

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


def show_long(help='show all of the info', hidden=False):
    """--show-long, defined once: a describe's longer rows."""
    return Arg('--show-long', action='store_true', route_to=LOCAL,
               help=argparse.SUPPRESS if hidden else help)


def filters(*names, values=None):
    """Filters from bare names; a ``PREFIX:KEY`` name is a generic tag
    filter.  VALUES: {name: its vocabulary}, for a name whose values are
    the resource's own (a volume's status)."""
    values = values or {}
    return [GenericTagFilter(name) if name.endswith(':KEY')
            else Filter(name, values=values[name]) if name in values
            else Filter(name) for name in names]
