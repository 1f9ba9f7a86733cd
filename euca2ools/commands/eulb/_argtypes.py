"""argparse types for what ELB users type: listeners, policy attributes,
comma lists of instances, zones, ports.

Each raises argparse.ArgumentTypeError (or ValueError, which argparse
reports the same way), so a bad value is a usage error naming the option.
"""

import argparse

from euca2ools.core.args import EMPTY
from euca2ools.core.argtypes import delimited_list, tag_spec

PROTOCOLS = ('HTTP', 'HTTPS', 'SSL', 'TCP')
# Which back-end protocols go with which front-end ones.
PROTOCOL_FAMILIES = ({'HTTP', 'HTTPS'}, {'SSL', 'TCP'})
LISTENER_FIELDS = {'lb-port': 'LoadBalancerPort', 'protocol': 'Protocol',
                   'instance-port': 'InstancePort',
                   'instance-protocol': 'InstanceProtocol',
                   'cert-id': 'SSLCertificateId'}
LISTENER_REQUIRED = ('lb-port', 'protocol', 'instance-port')
LISTENER_FORM = ('"lb-port=PORT, protocol=PROTOCOL, instance-port=PORT'
                 '[, instance-protocol=PROTOCOL][, cert-id=ARN]"')


def port(text):
    """A TCP port number, 1-65535."""
    try:
        number = int(str(text).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(
            f'{text!r} is not a port number (1-65535)')
    return number


def comma_list(item_type=str, allow_empty=False):
    """ITEM1,ITEM2,... as a list; empty only when allow_empty."""
    split = delimited_list(',')

    def convert(text):
        items = [item_type(item) for item in split(text)]
        if not items and not allow_empty:
            raise argparse.ArgumentTypeError('the list must not be empty')
        return items
    convert.__name__ = 'list'
    return convert


def instance_id(text):
    return {'InstanceId': text}


def _pairs(text, what):
    """'k1=v1, k2=v2' -> [(k1, v1), ...], spaces around items ignored."""
    pairs = []
    for item in text.split(','):
        if not item.strip():
            continue
        key, sep, value = item.partition('=')
        if not sep or not key.strip():
            raise argparse.ArgumentTypeError(
                f'{what} {text!r}: {item.strip()!r} must have form KEY=VALUE')
        pairs.append((key.strip(), value.strip()))
    return pairs


def listener(text):
    """"lb-port=80, protocol=HTTP, instance-port=8888[, instance-protocol=
    HTTP][, cert-id=ARN]" -> a Listeners.member dict."""
    fields = {}
    for key, value in _pairs(text, 'listener'):
        key = key.lower()
        if key not in LISTENER_FIELDS:
            raise argparse.ArgumentTypeError(
                f'listener {text!r}: unknown element {key!r} (choose from '
                + ', '.join(LISTENER_FIELDS) + ')')
        if key in fields:
            raise argparse.ArgumentTypeError(
                f'listener {text!r}: {key} is given more than once')
        if not value:
            raise argparse.ArgumentTypeError(
                f'listener {text!r}: {key} needs a value')
        fields[key] = value
    missing = [key for key in LISTENER_REQUIRED if key not in fields]
    if missing:
        raise argparse.ArgumentTypeError(
            f'listener {text!r}: ' + ', '.join(missing)
            + (' is' if len(missing) == 1 else ' are') + ' required')
    for key in ('protocol', 'instance-protocol'):
        if key in fields:
            fields[key] = fields[key].upper()
            if fields[key] not in PROTOCOLS:
                raise argparse.ArgumentTypeError(
                    f'listener {text!r}: {key} {fields[key]!r} is invalid '
                    '(choose from ' + ', '.join(PROTOCOLS) + ')')
    for key in ('lb-port', 'instance-port'):
        try:
            fields[key] = port(fields[key])
        except argparse.ArgumentTypeError:
            raise argparse.ArgumentTypeError(
                f'listener {text!r}: {key} must be a port number (1-65535)')
    if 'instance-protocol' in fields:
        family = next(f for f in PROTOCOL_FAMILIES
                      if fields['protocol'] in f)
        if fields['instance-protocol'] not in family:
            raise argparse.ArgumentTypeError(
                f'listener {text!r}: instance-protocol must be '
                + ' or '.join(sorted(family)) + ' when protocol is '
                + fields['protocol'])
    return {LISTENER_FIELDS[key]: value for key, value in fields.items()}


def policy_attribute(text):
    """"name=NAME, value=VALUE" -> a PolicyAttributes.member dict."""
    attr = {}
    for key, value in _pairs(text, 'attribute'):
        field = {'name': 'AttributeName',
                 'value': 'AttributeValue'}.get(key.lower())
        if field is None:
            raise argparse.ArgumentTypeError(
                f'attribute {text!r}: {key!r} is not a part of an attribute '
                "(choose from 'name', 'value')")
        attr[field] = value
    for part, field in (('name', 'AttributeName'),
                        ('value', 'AttributeValue')):
        if field not in attr:
            raise argparse.ArgumentTypeError(
                f'attribute {text!r}: {part} is required')
    return attr


def name_value_attribute(text):
    """NAME=VALUE -> a PolicyAttributes.member dict."""
    name, sep, value = text.partition('=')
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            f'attribute {text.strip()!r} must have form NAME=VALUE')
    return {'AttributeName': name.strip(), 'AttributeValue': value.strip()}


def lb_attribute(text):
    """DOTTED.ATTRIBUTE.NAME=VALUE, e.g. ConnectionDraining.Enabled=true."""
    name, sep, value = text.partition('=')
    if not sep or not name.strip() or name.strip().strip('.') != name.strip():
        raise argparse.ArgumentTypeError(
            f'{text!r} must have form ATTRIBUTE=VALUE, e.g. '
            'ConnectionDraining.Enabled=true')
    # An empty value is sent (it clears e.g. AccessLog.S3BucketPrefix).
    return name.strip(), value.strip() or EMPTY


def tag(text):
    """KEY[=VALUE] as a Tags.member dict.  As in euca2ools 3.4, "KEY=" sends
    an empty Value just as "KEY" does."""
    spec = tag_spec(text)
    if spec['Value'] == '':
        spec['Value'] = EMPTY
    return spec


def tag_key(text):
    if not text:
        raise argparse.ArgumentTypeError('a tag key must not be empty')
    return {'Key': text}
