"""Live names and IDs for shell completion: the resource kinds, how each is
fetched, and the cache.

A kind (``instance``, ``iam-user``, ...) is what an ``Arg``'s ``complete``
names (core/args.py).  It selects fields of the records of one *fetch*: one
read-only call, one page, through the family's own service class with the
user's ``Context`` -- the endpoint, region, keys and config the command
itself would use.  Several kinds share a fetch (``security-group`` and
``security-group-id``; ``image``, ``kernel`` and ``ramdisk``).

Bounds: the call gets the time left of the completion's budget as its
connect and read timeouts, no retries, and runs in a daemon thread that is
abandoned when the budget is spent (a name lookup that hangs is bounded
too).  Any failure is an empty answer.

Cache: ``$XDG_CACHE_HOME/euca2ools`` (else ``~/.cache/euca2ools``), mode
0700, one file (0600) per endpoint + signing region + access key ID + fetch,
named by a hash of those; it holds the records (names, IDs, states) and the
time, never a key.  Records are reused for ``TTL`` seconds; a failed fetch
is not tried again for ``FAILED_TTL`` seconds, so a dead endpoint costs the
budget once rather than on every TAB.
"""

import hashlib
import json
import os
import stat
import threading
import time

TTL = 60.0
FAILED_TTL = 10.0
CACHE_VERSION = 2     # 2: tags hold their values


# Family package -> (its service class, its list-tags constant).
FAMILIES = {
    'euca': ('EC2', 'EC2_LIST_TAGS'),
    'eulb': ('ELB', 'ELB_LIST_TAGS'),
    'euscale': ('AutoScaling', 'AUTOSCALING_LIST_TAGS'),
    'euwatch': ('CloudWatch', 'CLOUDWATCH_LIST_TAGS'),
    'euform': ('CloudFormation', 'CFN_LIST_TAGS'),
    'euare': ('IAM', 'IAM_LIST_TAGS'),
}


class Fetch:
    """One call: the family (a key of FAMILIES), the action and
    parameters, the path to the listed items ('a.b': every item of every
    b in every a) and the fields kept from each item (name -> path)."""

    def __init__(self, family, action, items, fields, params=None,
                 aws_params=None, aws=True):
        self.family = family
        self.aws = aws       # False: not asked of AWS's own endpoints
        self.action = action
        self.items = items
        self.fields = fields
        self.params = params or {}
        # Added against AWS's own endpoints, where the public lists
        # (every public image and snapshot) are far too long to fetch.
        self.aws_params = aws_params or {}

    def service(self):
        """(the service class, the response elements that are lists)."""
        import importlib
        module = importlib.import_module(f'euca2ools.commands.{self.family}')
        service, list_tags = FAMILIES[self.family]
        return getattr(module, service), getattr(module, list_tags)


def _ec2(action, items, fields, **kwargs):
    return Fetch('euca', action, items, fields, **kwargs)


def _iam(action, items, field):
    return Fetch('euare', action, items, {'name': field})


FETCHES = {
    'instances': _ec2('DescribeInstances', 'reservationSet.instancesSet',
                      {'id': 'instanceId', 'state': 'instanceState.name'}),
    'volumes': _ec2('DescribeVolumes', 'volumeSet', {'id': 'volumeId'}),
    'snapshots': _ec2('DescribeSnapshots', 'snapshotSet',
                      {'id': 'snapshotId'}, aws_params={'Owner.1': 'self'}),
    'images': _ec2('DescribeImages', 'imagesSet',
                   {'id': 'imageId', 'type': 'imageType'},
                   aws_params={'Owner.1': 'self'}),
    'security-groups': _ec2('DescribeSecurityGroups', 'securityGroupInfo',
                            {'id': 'groupId', 'name': 'groupName'}),
    'keypairs': _ec2('DescribeKeyPairs', 'keySet', {'name': 'keyName'}),
    'addresses': _ec2('DescribeAddresses', 'addressesSet',
                      {'ip': 'publicIp', 'id': 'allocationId'}),
    'vpcs': _ec2('DescribeVpcs', 'vpcSet', {'id': 'vpcId'}),
    'subnets': _ec2('DescribeSubnets', 'subnetSet', {'id': 'subnetId'}),
    'zones': _ec2('DescribeAvailabilityZones', 'availabilityZoneInfo',
                  {'name': 'zoneName'}),
    'network-interfaces': _ec2('DescribeNetworkInterfaces',
                               'networkInterfaceSet',
                               {'id': 'networkInterfaceId'}),
    'route-tables': _ec2('DescribeRouteTables', 'routeTableSet',
                         {'id': 'routeTableId'}),
    'tags': _ec2('DescribeTags', 'tagSet', {'key': 'key', 'value': 'value'}),
    # Eucalyptus' DescribeInstanceTypes; AWS's later one answers otherwise
    # (and at length): there the built-in list (args.INSTANCE_TYPES) serves.
    'instance-types': _ec2('DescribeInstanceTypes', 'instanceTypeDetails',
                           {'name': 'name'}, aws=False),
    'internet-gateways': _ec2('DescribeInternetGateways',
                              'internetGatewaySet',
                              {'id': 'internetGatewayId'}),
    'load-balancers': Fetch('eulb', 'DescribeLoadBalancers',
                            'LoadBalancerDescriptions',
                            {'name': 'LoadBalancerName'}),
    'auto-scaling-groups': Fetch('euscale', 'DescribeAutoScalingGroups',
                                 'AutoScalingGroups',
                                 {'name': 'AutoScalingGroupName'}),
    'launch-configs': Fetch('euscale', 'DescribeLaunchConfigurations',
                            'LaunchConfigurations',
                            {'name': 'LaunchConfigurationName'}),
    'stacks': Fetch('euform', 'DescribeStacks', 'Stacks',
                    {'name': 'StackName'}),
    'alarms': Fetch('euwatch', 'DescribeAlarms', 'MetricAlarms',
                    {'name': 'AlarmName'}),
    'iam-users': _iam('ListUsers', 'Users', 'UserName'),
    'iam-groups': _iam('ListGroups', 'Groups', 'GroupName'),
    'iam-roles': _iam('ListRoles', 'Roles', 'RoleName'),
    'iam-instance-profiles': _iam('ListInstanceProfiles', 'InstanceProfiles',
                                  'InstanceProfileName'),
}


class Kind:
    """Values of ``fields`` from a fetch's records; ``only`` (field,
    values) keeps the records with one of the values, ``unless`` (field,
    values) drops them."""

    def __init__(self, fetch, fields=('id',), only=None, unless=None):
        self.fetch = fetch
        self.fields = fields
        self.only = only
        self.unless = unless

    def values(self, records):
        found = []
        for record in records:
            if self.only and record.get(self.only[0]) not in self.only[1]:
                continue
            if self.unless and record.get(self.unless[0]) in self.unless[1]:
                continue
            for field in self.fields:
                value = record.get(field)
                if value and value not in found:
                    found.append(value)
        return found


KINDS = {
    'instance': Kind('instances', unless=('state', ('terminated',))),
    'volume': Kind('volumes'),
    'snapshot': Kind('snapshots'),
    'image': Kind('images'),
    'kernel': Kind('images', only=('type', ('kernel',))),
    'ramdisk': Kind('images', only=('type', ('ramdisk',))),
    'security-group': Kind('security-groups', ('name', 'id')),
    'security-group-id': Kind('security-groups', ('id',)),
    'security-group-name': Kind('security-groups', ('name',)),
    'keypair': Kind('keypairs', ('name',)),
    'address': Kind('addresses', ('ip',)),
    'allocation': Kind('addresses', ('id',)),
    'vpc': Kind('vpcs'),
    'subnet': Kind('subnets'),
    'zone': Kind('zones', ('name',)),
    'network-interface': Kind('network-interfaces'),
    'route-table': Kind('route-tables'),
    'internet-gateway': Kind('internet-gateways'),
    'tag-key': Kind('tags', ('key',)),
    'tag-value': Kind('tags', ('value',)),
    'instance-type': Kind('instance-types', ('name',)),
    'load-balancer': Kind('load-balancers', ('name',)),
    'auto-scaling-group': Kind('auto-scaling-groups', ('name',)),
    'launch-config': Kind('launch-configs', ('name',)),
    'stack': Kind('stacks', ('name',)),
    'alarm': Kind('alarms', ('name',)),
    'iam-user': Kind('iam-users', ('name',)),
    'iam-group': Kind('iam-groups', ('name',)),
    'iam-role': Kind('iam-roles', ('name',)),
    'iam-instance-profile': Kind('iam-instance-profiles', ('name',)),
}


def kind_spec(kind):
    """The Kind of KIND: one of KINDS, or ``tag-value:KEY`` (the values in
    use for the tag KEY); None for an unknown kind."""
    if kind.startswith('tag-value:'):
        return Kind('tags', ('value',),
                    only=('key', (kind.partition(':')[2],)))
    return KINDS.get(kind)


def kind_service_name(kind):
    """The NAME of the service a kind is fetched from ('ec2', 'iam', ...)."""
    service, _ = FETCHES[kind_spec(kind).fetch].service()
    return service.NAME


def live_values(kind, context, url, deadline, delegate=None):
    """The kind's names/IDs for the Context's user and endpoint (URL is the
    -U/--url given, if it names this kind's service; DELEGATE the IAM
    --as-account given); [] on any failure or when DEADLINE
    (time.monotonic()) passes first."""
    spec = kind_spec(kind)
    if spec is None:
        return []
    records = fetch_records(spec.fetch, context, url, deadline, delegate)
    return spec.values(records or [])


def fetch_records(name, context, url, deadline, delegate=None):
    fetch = FETCHES[name]
    service_class, list_tags = fetch.service()
    service = service_class(context, url=url)
    params = dict(fetch.params)
    if _is_aws(service.url):
        if not fetch.aws:
            return None
        params.update(fetch.aws_params)
    if delegate and fetch.family == 'euare':
        # A Eucalyptus admin's --as-account: that account's names.
        params['DelegateAccount'] = delegate
    key_id = context.credentials.key_id
    cache = Cache(context.environ)
    key = cache.key(service.url, service.region_name, key_id, name, params)
    found, records = cache.get(key)
    if found:
        return records
    left = deadline - time.monotonic()
    if left <= 0.05:
        return None
    # The transport's own bounds, from the time left: connect, then the
    # whole answer; no retry.  Flags in http_options come first.
    context.http_options.update({
        'connect-timeout': f'{min(left, 0.6):.3f}',
        'timeout': f'{left:.3f}', 'max-retries': '0'})
    result = {}

    def call():
        try:
            result['data'] = service.query(fetch.action, params, list_tags)
        except BaseException as err:    # noqa: BLE001 -- silent by design
            result['error'] = err

    worker = threading.Thread(target=call, daemon=True,
                              name='euca2ools-completion-fetch')
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive() or 'data' not in result:
        cache.put(key, None)
        return None
    records = [_record(item, fetch.fields)
               for item in _walk(result['data'], fetch.items.split('.'))]
    cache.put(key, records)
    return records


def _is_aws(url):
    import urllib.parse
    host = (urllib.parse.urlsplit(url).hostname or '').lower()
    return host.endswith(('.amazonaws.com', '.amazonaws.com.cn'))


def _walk(data, path):
    """Every item at PATH; a list at any step is iterated, a single item
    (or an empty element) is taken as a list of one (or none)."""
    if not path:
        if isinstance(data, list):
            for item in data:
                yield from _walk(item, path)
        elif isinstance(data, dict):
            yield data
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, path)
    elif isinstance(data, dict):
        yield from _walk(data.get(path[0]), path[1:])


def _record(item, fields):
    record = {}
    for name, path in fields.items():
        value = item
        for key in path.split('.'):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value:
            record[name] = value
    return record


class Cache:
    def __init__(self, environ):
        self.environ = environ
        self._dir = False

    @property
    def dir(self):
        """The cache directory (created 0700), or None when it cannot be
        made or is not a directory of ours."""
        if self._dir is False:
            self._dir = None
            try:
                self._dir = _private_dir(cache_dir(self.environ))
            except (OSError, ValueError):
                pass
        return self._dir

    @staticmethod
    def key(*parts):
        text = json.dumps([CACHE_VERSION, *parts], sort_keys=True)
        return hashlib.sha256(text.encode('utf-8')).hexdigest()[:40]

    def get(self, key):
        """(True, records or None for a failure) while fresh, else
        (False, None)."""
        if self.dir is None:
            return False, None
        try:
            fd = os.open(os.path.join(self.dir, key + '.json'),
                         os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))
            with os.fdopen(fd, encoding='utf-8') as stream:
                entry = json.load(stream)
            age = time.time() - float(entry['time'])
            records = entry['records']
        except (OSError, ValueError, TypeError, KeyError):
            return False, None
        ttl = FAILED_TTL if records is None else TTL
        if not 0 <= age < ttl:
            return False, None
        if records is not None and not isinstance(records, list):
            return False, None
        return True, records

    def put(self, key, records):
        if self.dir is None:
            return
        if records is None and self.get(key)[1] is not None:
            # A slow completion that failed must not replace the good list
            # a concurrent one has just stored.
            return
        import tempfile
        try:
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix='.tmp-')
            try:
                with os.fdopen(fd, 'w', encoding='utf-8') as stream:
                    json.dump({'time': time.time(), 'records': records},
                              stream)
                os.replace(tmp, os.path.join(self.dir, key + '.json'))
            except BaseException:
                os.unlink(tmp)
                raise
            self._prune()
        except OSError:
            pass

    def _prune(self, max_age=86400.0):
        now = time.time()
        for name in os.listdir(self.dir):
            path = os.path.join(self.dir, name)
            try:
                if now - os.lstat(path).st_mtime > max_age:
                    os.unlink(path)
            except OSError:
                pass


def cache_dir(environ):
    base = environ.get('XDG_CACHE_HOME') or ''
    if not os.path.isabs(base):
        home = environ.get('HOME') or os.path.expanduser('~')
        base = os.path.join(home, '.cache')
    return os.path.join(base, 'euca2ools')


def _private_dir(path):
    """PATH as a directory only we can read (0700); None if it is a
    symlink, not a directory, or someone else's."""
    os.makedirs(path, mode=0o700, exist_ok=True)
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return None
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path
