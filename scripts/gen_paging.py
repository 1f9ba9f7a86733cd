#!/usr/bin/env python3
"""Regenerate euca2ools/data/paging.py from botocore's paginators.

Every command whose action pages gets all of its pages, and the AWS CLI's
paging options, from this one table (core/request.py, ``paging_for``);
no command declares paging itself.  It is made here, at development time,
from the paginator definitions botocore ships (a test dependency, via
moto); nothing imports botocore at run time.

One object per service (the service class's ``TYPES`` name), holding only
the actions our commands send:

    {SERVICE: {ACTION: {"input": "NextToken",     the request's token
                        "output": "nextToken",    the answer's token
                        "lists": ["reservationSet"],  the paged lists; the
                                                  first is what --max-items
                                                  counts
                        "limit": "MaxResults",    the page size parameter
                                                  (absent: none)
                        "more": "IsTruncated",    "false" there ends paging
                        "no_limit_with": ["InstanceId"]}}}
                                                  parameters the limit may
                                                  not be sent with

Names are as they are on the wire.  Answers: the member's locationName
(EC2: ``nextToken``, ``reservationSet``) or its member name.  Requests:
EC2 sends a member's queryName, else its locationName capitalised, else
its name; the Query services its locationName or name.  ``no_limit_with``
comes from the limit's documentation ("You cannot specify this parameter
and the instance IDs parameter in the same request").  Two Eucalyptus IAM
lists botocore has no paginator for are added by hand (EUCALYPTUS below).

Run it after adding a command whose action is new, or after moving the
botocore pin in constraints.txt:
.venv/bin/python scripts/gen_paging.py
``tests/unit/test_paging.py`` regenerates the table and compares.
"""

import argparse
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / 'scripts'))
from gen_types import command_classes  # noqa: E402 (needs the path)
OUT = HERE / 'euca2ools' / 'data' / 'paging.py'

# The services with a botocore model (gen_types.py has the same list); S3
# listings are paged by core/s3.py.
SERVICES = ('ec2', 'elb', 'autoscaling', 'cloudwatch', 'cloudformation',
            'iam', 'sts')

# Eucalyptus's IAM lists that botocore has no paginator for: the account's
# policies (a Eucalyptus action) and the OpenID Connect providers (one
# answer in AWS).  Eucalyptus pages them as it pages the user's policies;
# euca2ools followed their Marker before this table existed.
EUCALYPTUS = {'iam': {
    'ListAccountPolicies': {'input': 'Marker', 'output': 'Marker',
                            'lists': ['PolicyNames'], 'limit': 'MaxItems',
                            'more': 'IsTruncated'},
    'ListOpenIDConnectProviders': {'input': 'Marker', 'output': 'Marker',
                                   'lists': ['OpenIDConnectProviderList'],
                                   'more': 'IsTruncated'}}}

REFUSES = re.compile(r'You cannot specify this parameter and the '
                     r'((?:[a-z]+ )+?)IDs? parameters? in the same request')


def our_actions():
    """{service: sorted actions} of every Query command whose service has
    a model."""
    from euca2ools.core.request import QueryRequest
    actions = {}
    for cls in command_classes():
        if not (isinstance(cls, type) and issubclass(cls, QueryRequest)):
            continue
        service = getattr(cls.SERVICE_CLASS, 'TYPES', None)
        if service and cls.ACTION:
            actions.setdefault(service, set()).add(cls.ACTION)
    unknown = set(actions) - set(SERVICES)
    if unknown:
        raise SystemExit(f'TYPES names a service with no model: {unknown}')
    return {service: sorted(names) for service, names in actions.items()}


def load(service, kind):
    import botocore.session
    from botocore.exceptions import DataNotFoundError
    loader = botocore.session.get_session().get_component('data_loader')
    try:
        return loader.load_service_model(service, kind)
    except DataNotFoundError:
        return {}


def _plain(name, what):
    if not isinstance(name, str) or not re.fullmatch(r'[A-Za-z]+', name):
        raise SystemExit(f'{what}: {name!r} is not a plain member name')
    return name


def answer_name(members, name, what):
    member = members.get(_plain(name, what))
    if member is None:
        raise SystemExit(f'{what}: no answer member {name}')
    return member.get('locationName', name)


def request_name(members, name, ec2, what):
    member = members.get(_plain(name, what))
    if member is None:
        raise SystemExit(f'{what}: no request member {name}')
    if ec2:
        if 'queryName' in member:
            return member['queryName']
        location = member.get('locationName')
        return location[0].upper() + location[1:] if location else name
    return member.get('locationName', name)


def entry(model, action, config):
    """One action's row of the table."""
    what = f'{model["metadata"]["endpointPrefix"]} {action}'
    ec2 = model['metadata']['protocol'] == 'ec2'
    operation = model['operations'][action]
    shapes = model['shapes']
    inputs = shapes[operation['input']['shape']]['members']
    outputs = shapes[operation['output']['shape']]['members']
    keys = config['result_key']
    keys = [keys] if isinstance(keys, str) else keys
    row = {'input': request_name(inputs, config['input_token'], ec2, what),
           'output': answer_name(outputs, config['output_token'], what),
           # Lists a newer API added (CompositeAlarms) are not in our
           # answers; they are joined where they come.
           'lists': [answer_name(outputs, key, what) for key in keys]}
    limit = config.get('limit_key')
    if limit:
        row['limit'] = request_name(inputs, limit, ec2, what)
        documentation = re.sub(r'<[^>]+>', '',
                               inputs[limit].get('documentation', ''))
        refused = []
        for words in REFUSES.findall(documentation):
            member = ''.join(w.capitalize() for w in words.split()) + 'Ids'
            refused.append(request_name(inputs, member, ec2, what))
        if refused:
            row['no_limit_with'] = refused
    more = config.get('more_results')
    if more:
        row['more'] = answer_name(outputs, more, what)
    return row


def build(service, actions):
    model = load(service, 'service-2')
    pagination = load(service, 'paginators-1').get('pagination', {})
    extra = EUCALYPTUS.get(service, {})
    return {action: (entry(model, action, pagination[action])
                     if action in pagination else extra[action])
            for action in actions if action in pagination or action in extra}


HEADER = ('"""How each paged action pages (tokens, lists, limit), per '
          'service.\n\n'
          'Generated by scripts/gen_paging.py from botocore\'s paginators; do '
          'not edit.  A\nPython module, not JSON: a command imports it at '
          'start, and json would cost\nmore than the table.\n"""\n\n')


def py(value):
    """VALUE as a Python literal, keys sorted, compact."""
    if isinstance(value, dict):
        return '{' + ', '.join(f'{py(k)}: {py(v)}'
                               for k, v in sorted(value.items())) + '}'
    if isinstance(value, list):
        return '[' + ', '.join(py(v) for v in value) + ']'
    return repr(value)


def render(table):
    """A Python module, one action a line (so diffs read well)."""
    services = []
    for service, actions in sorted(table.items()):
        rows = ''.join(f'    {action!r}:\n        {py(row)},\n'
                       for action, row in sorted(actions.items()))
        services.append(f'  {service!r}: {{\n{rows}  }},\n')
    return HEADER + 'TABLE = {\n' + ''.join(services) + '}\n'


def generate():
    """The text of data/paging.py."""
    table = {}
    for service, actions in sorted(our_actions().items()):
        rows = build(service, actions)
        if rows:
            table[service] = rows
    return render(table)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='only say whether the file is up to date')
    args = parser.parse_args()
    text = generate()
    current = OUT.read_text(encoding='utf-8') if OUT.exists() else None
    if args.check:
        if current != text:
            print(f'out of date: {OUT.name}')
            return 1
        return 0
    OUT.write_text(text, encoding='utf-8')
    print(f'{OUT.name}: {len(text.encode("utf-8"))} bytes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
