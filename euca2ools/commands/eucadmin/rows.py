"""Admin rows (eucadmin-commands.md): the 3.x-4.1 tools' tab-separated,
printf-padded rows, and the 4.2+ tools' space-aligned tables."""

import urllib.parse

from euca2ools.commands.eucadmin import entries
from euca2ools.core.output import NIL


def old(obj, key):
    """A field as boto printed it: an element present but empty is '{}'."""
    if not isinstance(obj, dict) or key not in obj:
        return ''
    value = obj[key]
    return '{}' if value is None or value == [] else value


def service(status):
    """euca-describe-services (4.0/4.1 widths)."""
    sid = status.get('serviceId') or {}
    return '\t'.join((
        'SERVICE', f"{old(sid, 'type'):<18}", f"{old(sid, 'partition'):<10}",
        f"{old(sid, 'name'):<21}", f"{old(status, 'localState'):<8}",
        f"{old(status, 'localEpoch'):<4}", f'{service_uri(sid):<35}',
        f"{old(sid, 'fullName'):<35}"))


def service_uri(sid):
    uri = sid.get('uri')
    if not uri:
        uris = entries(sid.get('uris'))
        uri = uris[0] if uris else ''
    return uri or ''


def registered_service(sid):
    """euca-register-service: type, partition, name, uri, fullName."""
    return '\t'.join((
        'SERVICE', f"{old(sid, 'type'):<18}", f"{old(sid, 'partition'):<10}",
        f"{old(sid, 'name'):<21}", f'{service_uri(sid):<35}',
        f"{old(sid, 'fullName'):<35}"))


def deregistered_service(sid):
    """euca-deregister-service: type, partition, name, fullName."""
    return '\t'.join((
        'SERVICE', f"{old(sid, 'type'):<18}", f"{old(sid, 'partition'):<10}",
        f"{old(sid, 'name'):<21}", f"{old(sid, 'fullName'):<35}"))


EVENT_FIELDS = ('serviceFullName', 'severity', 'timestamp', 'message')


def service_events(status, stacks=False):
    """-E: (stderr line, stdout SERVICEEVENT lines) per status detail."""
    sid = status.get('serviceId') or {}
    for detail in status.get('statusDetails') or []:
        warning = '\t'.join(str(old(x, key)) for x, key in (
            (detail, 'severity'), (sid, 'type'), (sid, 'partition'),
            (sid, 'name'), (detail, 'message')))
        uuid = f"{old(detail, 'uuid'):<36.36}"
        lines = [f'SERVICEEVENT\t{uuid}\t{old(detail, key)}'
                 for key in EVENT_FIELDS]
        if stacks and detail.get('stackTrace'):
            lines.append(f"SERVICEEVENT\t{uuid}\t{detail['stackTrace']}")
        yield warning, lines


def components(tag, registered):
    """euca-describe-clusters and friends: padded partition/name/host."""
    shown = [c for c in registered if c.get('hostName') != 'detail']
    part_w = max([15] + [len(str(old(c, 'partition'))) for c in shown])
    name_w = max([15] + [len(str(old(c, 'name'))) for c in shown])
    host_w = max([25] + [len(str(old(c, 'hostName'))) for c in shown])
    for comp in shown:
        yield '\t'.join((
            tag, f"{old(comp, 'partition'):<{part_w}}",
            f"{old(comp, 'name'):<{name_w}}",
            f"{old(comp, 'hostName'):<{host_w}}", str(old(comp, 'state')),
            str(old(comp, 'detail'))))


def plain_components(tag, registered, fields):
    for comp in registered:
        if comp.get('hostName') != 'detail':
            yield '\t'.join([tag] + [str(old(comp, f)) for f in fields])


def service_type_flags(svctype):
    registerable = str(svctype.get('registerable')).lower() == 'true'
    partitioned = str(svctype.get('partitioned')).lower() == 'true'
    flags = [('register', registerable), ('partitioned', partitioned),
             ('modifiable', registerable),
             ('internal', not registerable or not partitioned)]
    return ','.join(name for name, on in flags if on)


def node_host(sid):
    return sid.get('host') or urllib.parse.urlsplit(
        service_uri(sid)).hostname or ''


def table(rows, headers=None, show_empty=False, sort_column=None):
    """Left-aligned columns, each followed by two spaces (no border)."""
    def cell(value):
        if value is None or value == '':
            return NIL if show_empty else ''
        return str(value)
    body = [[cell(v) for v in row] for row in rows]
    if sort_column is not None:
        body.sort(key=lambda row: row[sort_column])
    if headers:
        body.insert(0, [h.upper() for h in headers])
    if not body:
        return []
    widths = [max(len(row[i]) for row in body) for i in range(len(body[0]))]
    return [''.join(value.ljust(width + 2) for value, width
                    in zip(row, widths)).rstrip() for row in body]


# -- the columns' names of the tab-separated rows (see
# euca2ools.commands.euca.rows.COLUMNS); fields are padded with spaces ------

COLUMNS = (
    ('SERVICE', ['"SERVICE"', 'type', 'partition', 'name', 'state', 'epoch',
                 'URI', 'full name']),
    ('SERVICEEVENT', ['"SERVICEEVENT"', 'event UUID',
                      'full name, severity, timestamp, message or stack '
                      'trace (a line each)']),
    ('SERVICE (registered)', ['"SERVICE"', 'type', 'partition', 'name',
                              'URI', 'full name']),
    ('SERVICE (deregistered)', ['"SERVICE"', 'type', 'partition', 'name',
                                'full name']),
)
