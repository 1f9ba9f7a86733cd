"""The ELB row types, each defined once (euca2ools-output-formats.md, §5).

Each function takes one parsed object and returns a row: a list whose first
field is the row tag.  Commands print them with ``print_row``.  Compound
fields use euca2ools' brace syntax: ``{key=value,...}``.
"""

from euca2ools.core.output import as_list as _list


def _braced(items):
    return '{' + ','.join(items) + '}'


def _pairs(obj, fields):
    """'name=value' strings for the fields of obj that have a value."""
    return [f'{name}={obj[key]}' for name, key in fields if obj.get(key)]


HEALTH_CHECK_FIELDS = (
    ('interval', 'Interval'), ('target', 'Target'), ('timeout', 'Timeout'),
    ('healthy-threshold', 'HealthyThreshold'),
    ('unhealthy-threshold', 'UnhealthyThreshold'))
LISTENER_FIELDS = (
    ('protocol', 'Protocol'), ('lb-port', 'LoadBalancerPort'),
    ('instance-protocol', 'InstanceProtocol'),
    ('instance-port', 'InstancePort'), ('cert-id', 'SSLCertificateId'))
POLICY_TYPE_ATTRIBUTE_FIELDS = (
    ('name', 'AttributeName'), ('description', 'Description'),
    ('type', 'AttributeType'), ('default-value', 'DefaultValue'),
    ('cardinality', 'Cardinality'))


def load_balancer(desc, long=False):
    """LOAD_BALANCER, name, DNS name, [13 long columns,] created, scheme."""
    row = ['LOAD_BALANCER', desc.get('LoadBalancerName'), desc.get('DNSName')]
    if long:
        row += _load_balancer_long(desc)
    return row + [desc.get('CreatedTime'), desc.get('Scheme')]


def _load_balancer_long(desc):
    check = desc.get('HealthCheck')
    check_bits = _pairs(check, HEALTH_CHECK_FIELDS) \
        if isinstance(check, dict) else []
    listeners = []
    for listener_desc in _list(desc.get('ListenerDescriptions')):
        bits = _pairs(listener_desc.get('Listener') or {}, LISTENER_FIELDS)
        policy_names = _list(listener_desc.get('PolicyNames'))
        if policy_names:
            bits.append(_braced(policy_names))
        listeners.append(_braced(bits))
    backends = []
    for backend in _list(desc.get('BackendServerDescriptions')):
        bits = []
        if backend.get('InstancePort') is not None:
            bits.append(f"instance-port={backend['InstancePort']}")
        if backend.get('PolicyNames') is not None:
            bits.append('policies='
                        + _braced(_list(backend.get('PolicyNames'))))
        backends.append(_braced(bits))
    policies = desc.get('Policies') or {}
    app_cookies = [
        f"{{policy-name={p.get('PolicyName')},"
        f"cookie-name={p.get('CookieName')}}}"
        for p in _list(policies.get('AppCookieStickinessPolicies'))]
    lb_cookies = [
        f"{{policy-name={p.get('PolicyName')},"
        f"expiration-period={p.get('CookieExpirationPeriod')}}}"
        for p in _list(policies.get('LBCookieStickinessPolicies'))]
    others = _list(policies.get('OtherPolicies'))
    group = desc.get('SourceSecurityGroup')
    security_groups = _list(desc.get('SecurityGroups'))
    return [
        desc.get('CanonicalHostedZoneName'),
        desc.get('CanonicalHostedZoneNameID'),
        _braced(check_bits) if check_bits else None,
        ','.join(_list(desc.get('AvailabilityZones'))),
        ','.join(_list(desc.get('Subnets'))),
        desc.get('VPCId'),
        ','.join(i.get('InstanceId') or ''
                 for i in _list(desc.get('Instances'))),
        ','.join(listeners) or None,
        ','.join(backends) or None,
        ','.join(app_cookies) or None,
        ','.join(lb_cookies) or None,
        _braced(others) if others else None,
        (f"{{owner-alias={group.get('OwnerAlias') or ''},"
         f"group-name={group.get('GroupName') or ''}}}")
        if isinstance(group, dict) and group else None,
        _braced(security_groups) if security_groups else None,
    ]


def health_check(check):
    check = check or {}
    return ['HEALTH_CHECK', check.get('Target'), check.get('Interval'),
            check.get('Timeout'), check.get('HealthyThreshold'),
            check.get('UnhealthyThreshold')]


def instance(inst):
    return ['INSTANCE', inst.get('InstanceId')]


def instance_state(state, long=False):
    row = ['INSTANCE', state.get('InstanceId'), state.get('State')]
    if long:
        row += [state.get('Description'), state.get('ReasonCode')]
    return row


def policy(desc, long=False):
    row = ['POLICY', desc.get('PolicyName'), desc.get('PolicyTypeName')]
    if long:
        attrs = [f"{{name={a.get('AttributeName')},"
                 f"value={a.get('AttributeValue')}}}"
                 for a in _list(desc.get('PolicyAttributeDescriptions'))]
        row.append(','.join(attrs) or None)
    return row


def policy_type(desc, long=False):
    row = ['POLICY_TYPE', desc.get('PolicyTypeName'), desc.get('Description')]
    if long:
        attrs = [_braced(f'{name}={attr.get(key) or ""}'
                         for name, key in POLICY_TYPE_ATTRIBUTE_FIELDS)
                 for attr in _list(
                     desc.get('PolicyAttributeTypeDescriptions'))]
        row.append(','.join(attrs))
    return row


TAG_HEADER = ['TAG', 'TYPE', 'NAME', 'KEY', 'VALUE']


def tag(lb_name, tag_obj):
    return ['TAG', 'load-balancer', lb_name, tag_obj.get('Key'),
            tag_obj.get('Value')]


def joined(row_tag, values, separator=', '):
    """SUBNETS / AVAILABILITY_ZONES / SECURITY_GROUPS: one joined list."""
    return [row_tag, separator.join(v or '' for v in _list(values))]


def attributes(attrs, prefix=''):
    """(dotted.attribute.name, value) pairs, unsorted.

    AdditionalAttributes, a list of Key/Value members, gives
    AdditionalAttributes.KEY names.
    """
    for key, value in (attrs or {}).items():
        name = f'{prefix}{key}'
        if isinstance(value, dict):
            yield from attributes(value, name + '.')
        elif isinstance(value, list):
            for member in value:
                if isinstance(member, dict) and 'Key' in member:
                    yield f"{name}.{member['Key']}", member.get('Value')
                else:
                    yield name, member
        else:
            yield name, value


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS) ----------

_LB_LONG = [
    'canonical hosted zone name', 'canonical hosted zone name ID',
    'health check {interval=,target=,timeout=,healthy-threshold=,'
    'unhealthy-threshold=}', 'availability zones (comma-separated)',
    'subnets (comma-separated)', 'VPC ID', 'instance IDs (comma-separated)',
    'listeners {protocol=,lb-port=,instance-protocol=,instance-port=,'
    'cert-id=[,{policies}]},...', 'back-end servers '
    '{instance-port=,policies={...}},...', 'app cookie stickiness policies',
    'LB cookie stickiness policies', 'other policies {...}',
    'source security group {owner-alias=,group-name=}',
    'security groups {...}']

COLUMNS = (
    ('LOAD_BALANCER', ['"LOAD_BALANCER"', 'name', 'DNS name', 'created time',
                       'scheme']),
    ('LOAD_BALANCER (--show-long)', ['"LOAD_BALANCER"', 'name', 'DNS name']
     + _LB_LONG + ['created time', 'scheme']),
    ('INSTANCE (health)', ['"INSTANCE"', 'instance ID', 'state']),
    ('INSTANCE (health, --show-long)', ['"INSTANCE"', 'instance ID', 'state',
                                        'description', 'reason code']),
    ('HEALTH_CHECK', ['"HEALTH_CHECK"', 'target', 'interval (seconds)',
                      'timeout (seconds)', 'healthy threshold',
                      'unhealthy threshold']),
    ('DNS_NAME', ['"DNS_NAME"', 'DNS name']),
)
