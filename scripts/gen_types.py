#!/usr/bin/env python3
"""Regenerate euca2ools/data/types/*.json from botocore's service models.

``--output json`` prints what botocore's parser makes of the answer (so what
the AWS CLI prints): the parsed answer has the wire's names and strings
only; these tables say what each element is called in the model, which
elements there are (others are left out, as botocore leaves them), and which
are numbers, booleans, lists and maps.  They are made here, at development
time, from the models botocore ships (botocore is a test dependency, via
moto); nothing imports botocore at run time.

One file per service (the service class's ``TYPES``), holding only what the
project's commands need:

    {"actions": {ACTION: CODE, ...},      the answer's payload, per action
     "shapes": {SHAPE: {KEY: CODE, ...}}}  structures, by botocore shape name

KEY is the element name as it is on the wire and so in our parsed data: the
member's locationName (EC2: ``instanceState``, ``reservationSet``) or else
its member name (the Query services: ``LoadBalancerDescriptions``); the
members are in the model's order, the order they print in.  CODE is ``s``
(string, timestamp, blob: printed as they came), ``i`` (integer, long),
``f`` (float, double), ``b`` (boolean), ``[`` + CODE (a list of that),
``{`` + CODE (a map: ``<entry><key/><value/></entry>`` elements, printed as
a JSON object), or a SHAPE name; it is prefixed by ``NAME=`` when the
member's name is not KEY with its first letter made upper case
(``"reservationSet":"Reservations=[Reservation"``).

Run it after adding a command whose action is new, or after moving the
botocore pin in constraints.txt (README, "Development"):
.venv/bin/python scripts/gen_types.py
``tests/unit/test_json_output.py`` regenerates the tables with the pinned
botocore and compares.
"""

import argparse
import importlib
import json
import pathlib
import runpy
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
OUT_DIR = HERE / 'euca2ools' / 'data' / 'types'

# The services that have a botocore model.  EC2: we send API 2015-10-01 and
# botocore ships 2016-11-15 (with every later addition folded in); the
# elements 2015-10-01 answers carry have the same names and types there.
# The Eucalyptus admin services (euserv, euctl, properties) have no model:
# their values stay strings.
SERVICES = ('ec2', 'elb', 'autoscaling', 'cloudwatch', 'cloudformation',
            'iam', 'sts')

SCALARS = {'integer': 'i', 'long': 'i', 'float': 'f', 'double': 'f',
           'boolean': 'b', 'string': 's', 'timestamp': 's', 'blob': 's'}


def command_classes():
    """Every console script's command class."""
    sys.path.insert(0, str(HERE))
    setup = runpy.run_path(str(HERE / 'setup.py'), run_name='gen_types')
    for line in setup['command_entry_points']():
        _, _, target = line.partition(' = ')
        module, _, attr = target.partition(':')
        yield getattr(importlib.import_module(module),
                      attr.rpartition('.')[0])


def our_actions():
    """{service: sorted actions} of the commands that have --output json
    and whose service has a model (its class names one in TYPES)."""
    from euca2ools.core.request import QueryRequest
    actions = {}
    for cls in command_classes():
        if not (isinstance(cls, type) and issubclass(cls, QueryRequest)):
            continue
        service = getattr(cls.SERVICE_CLASS, 'TYPES', None)
        if service and cls.ACTION and cls.wants_json() and \
                cls.JSON_MODELLED:
            # euca-authorize/-revoke --egress send their EGRESS_ACTION.
            actions.setdefault(service, set()).update(
                name for name in (cls.ACTION, getattr(cls, 'EGRESS_ACTION',
                                                      None)) if name)
    unknown = set(actions) - set(SERVICES)
    if unknown:
        raise SystemExit(f'TYPES names a service with no model: {unknown}')
    return {service: sorted(names) for service, names in actions.items()}


def load_model(service):
    import botocore.session
    loader = botocore.session.get_session().get_component('data_loader')
    return loader.load_service_model(service, 'service-2')


class Table:
    """The codes of one model's shapes, each worked out once."""

    def __init__(self, model):
        self.shapes = model['shapes']
        self.structures = {}      # shape name -> {wire key: code}
        self._codes = {}

    def code(self, name):
        if name in self._codes:
            return self._codes[name]
        shape = self.shapes[name]
        kind = shape['type']
        if kind in SCALARS:
            code = SCALARS[kind]
        elif kind == 'list':
            member = shape['member']
            if shape.get('flattened') or member.get('flattened'):
                raise SystemExit(f'{name}: flattened lists are not handled')
            code = '[' + self.code(member['shape'])
        elif kind == 'map':
            for part, default in (('key', 'key'), ('value', 'value')):
                if shape[part].get('locationName', default) != default or \
                        shape.get('flattened'):
                    raise SystemExit(f'{name}: only <entry><key/><value/> '
                                     'maps are handled')
            code = '{' + self.code(shape['value']['shape'])
        elif kind == 'structure':
            if name in SCALARS.values() or name[0] in '[{' or '=' in name:
                raise SystemExit(f'shape name {name!r} looks like a code')
            # Its code is its name, set before its members are worked out:
            # a structure may hold itself.
            self._codes[name] = name
            members = {}
            for member_name, member in shape.get('members', {}).items():
                if member.get('location') or member.get('xmlAttribute'):
                    continue        # a header or attribute: not in the body
                wire = member.get('locationName', member_name)
                sub = self.code(member['shape'])
                if member_name != wire[:1].upper() + wire[1:]:
                    sub = f'{member_name}={sub}'
                members[wire] = sub
            self.structures[name] = members
            return name
        else:
            raise SystemExit(f'{name}: unknown shape type {kind!r}')
        self._codes[name] = code
        return code


def build(service, actions):
    """The table of one service for these actions (those its model has)."""
    model = load_model(service)
    table = Table(model)
    codes = {}
    for action in actions:
        operation = model['operations'].get(action)
        output = (operation or {}).get('output')
        if output:
            codes[action] = table.code(output['shape'])
    # Only the structures reachable from these actions.
    used, todo = set(), list(codes.values())
    while todo:
        code = todo.pop().rpartition('=')[2].lstrip('[{')
        if code in table.structures and code not in used:
            used.add(code)
            todo.extend(table.structures[code].values())
    return {'actions': codes,
            'shapes': {name: table.structures[name] for name in used}}


def render(data):
    """Compact JSON, one action or shape a line (so diffs read well)."""
    def dump(value):
        # Not sorted: a structure's members are in the model's order,
        # which is the order they print in.
        return json.dumps(value, separators=(',', ':'))

    lines = ['{"actions":{']
    lines.append(',\n'.join(f'{dump(k)}:{dump(v)}'
                            for k, v in sorted(data['actions'].items())))
    lines.append('},\n"shapes":{')
    lines.append(',\n'.join(f'{dump(k)}:{dump(v)}'
                            for k, v in sorted(data['shapes'].items())))
    lines.append('}}\n')
    return '\n'.join(lines).replace('{\n}', '{}')


def generate():
    """{file name: text} of every table."""
    return {f'{service}.json': render(build(service, actions))
            for service, actions in sorted(our_actions().items())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='only say whether the files are up to date')
    args = parser.parse_args()
    files = generate()
    stale = sorted(name for name, text in files.items()
                   if not (OUT_DIR / name).exists()
                   or (OUT_DIR / name).read_text(encoding='utf-8') != text)
    extra = sorted(p.name for p in OUT_DIR.glob('*.json')
                   if p.name not in files) if OUT_DIR.exists() else []
    if args.check:
        if stale or extra:
            print('out of date: ' + ', '.join(stale + extra))
            return 1
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name in extra:
        (OUT_DIR / name).unlink()
    total = 0
    for name, text in files.items():
        (OUT_DIR / name).write_text(text, encoding='utf-8')
        total += len(text.encode('utf-8'))
        print(f'{name}: {len(text.encode("utf-8"))} bytes')
    print(f'total: {total} bytes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
