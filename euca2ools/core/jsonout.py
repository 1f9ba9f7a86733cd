"""``--output json`` and ``--query``: the AWS CLI's document, JMESPath.

Imported only when a command prints JSON, so that nothing here (the tables,
jmespath) costs a text command anything.

Parsed answers hold the elements as they came: wire names (EC2's
``reservationSet``), strings only, lists as lists.  ``typed()`` turns an
answer into what botocore's parser makes of the same XML, and so what
``aws --output json`` prints: member names and nesting from the service
model (``Reservations[].Instances[].InstanceId``), numbers, booleans, lists
and maps as the model types them, an empty structure ``{}``, an empty list
``[]``, an empty string ``""``, and elements the model does not have
(Eucalyptus extensions) left out.  Timestamps and blobs stay the strings
that came, as the AWS CLI prints them.  The tables are
``euca2ools/data/types/`` (made from botocore's models by
``scripts/gen_types.py``; see there for their format).  A value that does
not read as its type (a server's oddity) is left as it came.  Actions the
model does not have, and services without a model (the Eucalyptus admin
services), keep the names they came with.
"""

import json
import math
import pathlib
import re

from .errors import ClientError, UsageError

TYPES_DIR = pathlib.Path(__file__).resolve().parent.parent / 'data' / 'types'
_INTEGER = re.compile(r'\s*[-+]?[0-9]+\s*\Z')
_tables = {}
_ABSENT = object()      # a member that is left out of the document


class _Table:
    """One service's table, its codes read once: ``actions`` {action:
    code}; ``shapes`` {structure: ((wire key, member name, code), ...)}."""

    def __init__(self, data):
        self.actions = data['actions']
        self.shapes = {}
        for name, members in data['shapes'].items():
            compiled = []
            for wire, code in members.items():
                member, sep, code = code.rpartition('=')
                compiled.append((wire, member if sep else
                                 wire[:1].upper() + wire[1:], code))
            self.shapes[name] = tuple(compiled)


def load_types(service):
    """The table of one service (cached), e.g. 'ec2'."""
    table = _tables.get(service)
    if table is None:
        path = TYPES_DIR / f'{service}.json'
        with open(path, encoding='utf-8') as handle:
            table = _tables[service] = _Table(json.load(handle))
    return table


def action_code(service, action):
    """(table, code) of ACTION's answer, or (None, None) when it is not
    modelled (no service model, or an action the model lacks)."""
    if not service or not action:
        return None, None
    table = load_types(service)
    code = table.actions.get(action)
    return (table, code) if code is not None else (None, None)


def typed(service, action, data, added=None):
    """DATA (an answer to ACTION) as botocore parses it: the document the
    AWS CLI prints.  ADDED: {key: other action} for elements a composite
    command put in beside the answer (CreateUser's AccessKey), shaped as in
    the other action's answer and kept."""
    table, code = action_code(service, action)
    if table is None:
        return data
    extra = {}
    for key, other in (added or {}).items():
        if isinstance(data, dict) and key in data:
            extra[key] = member_of(table, other, key, data[key])
    result = convert(table, code, data)
    if extra and isinstance(result, dict):
        result.update(extra)
    return result


def member_of(table, action, wire, value):
    """VALUE shaped as the member WIRE of ACTION's answer (as it came when
    that answer has no such member)."""
    code = table.actions.get(action)
    for key, _, sub in table.shapes.get(code, ()):
        if key == wire:
            value = convert(table, sub, value)
            return None if value is _ABSENT else value
    return value


def list_member(table, code, wire):
    """(member name, item code) of the list WIRE in the structure CODE, or
    (None, None)."""
    for key, name, sub in table.shapes.get(code, ()):
        if key == wire and sub[:1] == '[':
            return name, sub[1:]
    return None, None


def convert(table, code, value):
    """VALUE (as parsed) as botocore makes the shape CODE of; _ABSENT when
    it is to be left out."""
    kind = code[0]
    if kind == '[':
        return _list(table, code[1:], value)
    if kind == '{':
        return _map(table, code[1:], value)
    members = table.shapes.get(code)
    if members is not None:
        return _structure(table, members, value)
    if isinstance(value, list):      # repeated siblings: botocore's first
        value = value[0] if value else None
    if value is None:
        # An empty element: botocore reads "" (and a number or boolean
        # from "" is no value at all).
        return '' if code == 's' else _ABSENT
    if not isinstance(value, str):
        return value
    if code == 'i':
        return int(value) if _INTEGER.match(value) else value
    if code == 'b':
        word = value.strip().lower()
        return True if word == 'true' else False if word == 'false' \
            else value
    if code == 'f':
        try:
            number = float(value)
        except ValueError:
            return value
        return number if math.isfinite(number) else value
    return value


def _structure(table, members, value):
    if isinstance(value, list):      # repeated siblings: botocore's first
        value = value[0] if value else None
    if not isinstance(value, dict):
        return {}       # an empty element (or only text): no members
    out = {}
    for wire, name, code in members:
        if wire in value:
            sub = convert(table, code, value[wire])
            if sub is not _ABSENT:
                out[name] = sub
    return out


def _items(value):
    """The items of a list element as parsed: a list (item/member
    children), None or text (no children), or a dict (children of other
    names: botocore takes every child, whatever its name)."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        items = []
        for child in value.values():
            items.extend(child if isinstance(child, list) else [child])
        return items
    return []


def _list(table, code, value):
    out = []
    for item in _items(value):
        item = convert(table, code, item)
        if item is not _ABSENT:
            out.append(item)
    return out


def _map(table, code, value):
    """<entry><key>K</key><value>V</value></entry>... -> {K: V}: the
    entries as the parser left them (a dict of one 'entry' or a list of
    them), or already a list when the command names the map in
    LIST_TAGS."""
    if value is None or isinstance(value, str):
        return {}
    if isinstance(value, dict) and set(value) == {'entry'}:
        entries = value['entry']
        if not isinstance(entries, list):
            entries = [entries]
    elif isinstance(value, list):
        entries = value
    else:
        return value
    if not all(isinstance(entry, dict) and isinstance(entry.get('key'), str)
               for entry in entries):
        return value
    out = {}
    for entry in entries:
        item = convert(table, code, entry.get('value'))
        if item is not _ABSENT:
            out[entry['key']] = item
    return out


def dump_stream(service, action, wire, pages, out):
    """The JSON document of a STREAM command's answer, written while it
    arrives: PAGES (a StreamedPages) yields pages whose list WIRE is an
    iterator of items, each converted and written as it comes, so memory
    holds an item or so however long the answer; the members after the
    list (of the last page, less its paging token) follow it.  The text
    is what dump() writes for the whole document."""
    table, code = action_code(service, action)
    name, item_code = list_member(table, code, wire) if table else \
        (None, None)
    encode = json.JSONEncoder(indent=2).encode
    out.write(f'{{\n  {json.dumps(name or wire)}: [')
    empty = True
    for page in pages:
        for item in page[wire]:
            if item_code is not None:
                item = convert(table, item_code, item)
                if item is _ABSENT:
                    continue
            out.write(('\n    ' if empty else ',\n    ')
                      + encode(item).replace('\n', '\n    '))
            empty = False
    out.write(']' if empty else '\n  ]')
    rest = pages.rest if isinstance(pages.rest, dict) else {}
    rest = {key: value for key, value in rest.items()
            if key != wire and key != pages.token}
    if table is not None:
        rest = convert(table, code, rest)
        rest.pop(name, None)
    resume = getattr(pages.command, 'resume', None)
    if resume:      # --max-items stopped the listing: where to go on
        rest['NextToken'] = resume
    for key, value in rest.items():
        out.write(f',\n  {json.dumps(key)}: '
                  + encode(value).replace('\n', '\n  '))
    out.write('\n}\n')


# -- --query -----------------------------------------------------------------

def compile_query(text):
    """A JMESPath expression, checked now: its syntax, and the names and
    argument counts of its functions, so that a bad one stops the command
    (UsageError) before anything is sent."""
    import jmespath
    from jmespath import exceptions
    try:
        expression = jmespath.compile(text)
    except exceptions.JMESPathError as err:
        raise UsageError(f'bad --query expression {text!r}: '
                         f'{_syntax_error(err, text)}')
    _check_functions(expression.parsed, text)
    return expression


def _syntax_error(err, text):
    """jmespath's message in one line, without the expression and the
    caret under it."""
    from jmespath import exceptions
    if isinstance(err, exceptions.IncompleteExpressionError):
        message = 'incomplete expression'
    elif getattr(err, 'message', None):          # LexerError
        message = err.message
    elif isinstance(err, exceptions.ParseError):
        message = err.msg
    else:
        return str(err).split('\n')[0]
    position = getattr(err, 'lex_position', None)
    if isinstance(position, int):
        message += (' at the end' if position >= len(text)
                    else f' at character {position + 1}')
    return message


def _check_functions(node, text):
    from jmespath import functions
    table = functions.Functions.FUNCTION_TABLE
    todo = [node]
    while todo:
        node = todo.pop()
        if not isinstance(node, dict):
            continue
        todo.extend(node.get('children') or ())
        if node.get('type') != 'function_expression':
            continue
        name = node.get('value')
        if name not in table:
            raise UsageError(f'bad --query expression {text!r}: unknown '
                             f'function {name}()')
        signature = table[name]['signature']
        given = len(node.get('children') or ())
        wanted = len(signature)
        if signature and signature[-1].get('variadic'):
            ok, need = given >= wanted, 'at least '
        else:
            ok, need = given == wanted, ''
        if not ok:
            plural = '' if wanted == 1 else 's'
            raise UsageError(f'bad --query expression {text!r}: {name}() '
                             f'takes {need}{wanted} argument{plural}, not '
                             f'{given}')


def search(expression, data):
    """The expression applied to the document; a failure that depends on
    the data (a function given the wrong type) is one line, exit 2."""
    from jmespath import exceptions
    try:
        return expression.search(data)
    except exceptions.JMESPathTypeError as err:
        # Not str(err): it shows the value, which may be the whole answer.
        expected = ' or '.join(err.expected_types)
        raise UsageError(f'--query {expression.expression!r}: '
                         f'{err.function_name}() expects {expected}, not '
                         f'{err.actual_type}')
    except exceptions.JMESPathError as err:
        raise UsageError(f'--query {expression.expression!r}: '
                         f'{str(err).splitlines()[0] if str(err) else err}')


class _Bounded:
    """Writes to OUT, stopping with a one-line error past LIMIT
    characters (an expression can multiply a document: [*].[@, @, @])."""

    def __init__(self, out, limit, what='JSON output'):
        self.out = out
        self.limit = limit
        self.what = what
        self.written = 0

    def write(self, text):
        self.written += len(text)
        if self.limit is not None and self.written > self.limit:
            self.out.write('\n')
            raise ClientError(
                f'the {self.what} is larger than '
                f'{self.limit // 2**20} MiB (max-response-size): narrow '
                '--query, or raise max-response-size in the config or '
                'EUCA_MAX_RESPONSE_SIZE')
        self.out.write(text)


def dump_text(data, out, limit=None):
    """What --query selected, as ``aws --output text`` prints it: a scalar
    alone on its line (None as None, booleans as True/False); a list of
    scalars one row, tab-separated; a list of lists a row per inner list;
    a dict its scalar values in its keys' order, sorted, then each list or
    dict value with the key, upper case, before its rows; in a list of
    dicts, every dict's row has the scalar keys of them all ('' where it
    has none)."""
    _text(data, _Bounded(out, limit, 'output'), None, None)


def _is_scalar(value):
    return not isinstance(value, (dict, list))


def _text(value, out, name, columns):
    if isinstance(value, dict):
        _text_dict(value, out, name, columns)
    elif isinstance(value, list):
        _text_list(value, out, name)
    else:
        out.write(f'{value}\n')


def _text_list(values, out, name):
    if not values:
        return
    if any(isinstance(value, dict) for value in values):
        columns = sorted({key for value in values if isinstance(value, dict)
                          for key, sub in value.items() if _is_scalar(sub)})
        for value in values:
            _text(value, out, name, columns)
        return
    scalars = [value for value in values if _is_scalar(value)]
    if scalars:
        if name is None:
            out.write('\t'.join(str(value) for value in scalars) + '\n')
        else:
            for value in scalars:
                out.write(f'{name.upper()}\t{value}\n')
    for value in values:
        if not _is_scalar(value):
            _text(value, out, name, None)


def _text_dict(value, out, name, columns):
    if columns is None:
        keys = sorted(value)
        row = [str(value[key]) for key in keys if _is_scalar(value[key])]
        rest = [key for key in keys if not _is_scalar(value[key])]
    else:
        row = [str(value.get(key, '')) for key in columns]
        rest = sorted(set(value) - set(columns))
    if row:
        if name is not None:
            row.insert(0, name.upper())
        out.write('\t'.join(row) + '\n')
    for key in rest:
        _text(value[key], out, key, None)


def dump(data, out, limit=None):
    """DATA as indented JSON on OUT; more than LIMIT characters stops the
    output with a one-line error."""
    sink = _Bounded(out, limit)
    # Not sorted: members print in the model's order, as the AWS CLI's do.
    for chunk in json.JSONEncoder(indent=2).iterencode(data):
        sink.write(chunk)
    out.write('\n')
