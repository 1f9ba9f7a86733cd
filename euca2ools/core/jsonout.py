"""``--output json`` and ``--query``: typed values, JMESPath, the document.

Imported only when a command prints JSON, so that nothing here (the type
tables, jmespath) costs a text command anything.

Parsed answers hold strings only.  ``typed()`` turns the values the API
defines as numbers, booleans, lists and maps into those, following the
service's table in ``euca2ools/data/types/`` (made from botocore's models
by ``scripts/gen_types.py``; see there for its format).  A value that does
not read as its type (a server's oddity) is left as it came; elements the
table does not know (Eucalyptus extensions, composite commands' additions)
are left alone.
"""

import json
import math
import pathlib
import re

from .errors import ClientError, UsageError

TYPES_DIR = pathlib.Path(__file__).resolve().parent.parent / 'data' / 'types'
_INTEGER = re.compile(r'\s*[-+]?[0-9]+\s*\Z')
_tables = {}


def load_types(service):
    """The type table of one service (cached), e.g. 'ec2'."""
    table = _tables.get(service)
    if table is None:
        path = TYPES_DIR / f'{service}.json'
        with open(path, encoding='utf-8') as handle:
            table = _tables[service] = json.load(handle)
    return table


def typed(service, action, data):
    """DATA (an answer to ACTION) with its values typed, in place."""
    if not service or not action:
        return data
    table = load_types(service)
    code = table['actions'].get(action)
    if code is None:
        return data
    return _convert(data, code, table['shapes'])


def _convert(value, code, shapes):
    kind = code[0]
    if kind == '[':
        return _list(value, code[1:], shapes)
    if kind == '{':
        return _map(value, code[1:], shapes)
    if not isinstance(value, str):
        if isinstance(value, dict):
            members = shapes.get(code)
            if members:
                for key, sub in members.items():
                    if key in value:
                        value[key] = _convert(value[key], sub, shapes)
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
    return value    # a structure that came as text: leave it


def _list(value, code, shapes):
    if value is None or (isinstance(value, str) and not value.strip()):
        return []
    if isinstance(value, dict):
        # Items not named item/member: <set><x>..</x><x>..</x></set>.
        if len(value) != 1:
            return value
        value = next(iter(value.values()))
    if not isinstance(value, list):
        value = [value]
    if code:
        value = [_convert(item, code, shapes) for item in value]
    return value


def _map(value, code, shapes):
    """<entry><key>K</key><value>V</value></entry>... -> {K: V}: the
    entries as the parser left them (a dict of one 'entry' or a list of
    them), or already a list when the command names the map in
    LIST_TAGS."""
    if value is None:
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
    return {entry['key']: (_convert(entry.get('value'), code, shapes)
                           if code else entry.get('value'))
            for entry in entries}


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


def dump(data, out, limit=None):
    """DATA as indented JSON on OUT; more than LIMIT characters (an
    expression can multiply a document: [*].[@, @, @]) stops the output
    with a one-line error."""
    written = 0
    for chunk in json.JSONEncoder(indent=2, sort_keys=True).iterencode(data):
        written += len(chunk)
        if limit is not None and written > limit:
            out.write('\n')
            raise ClientError(
                f'the JSON output is larger than {limit // 2**20} MiB '
                '(max-response-size): narrow --query, or raise '
                'max-response-size in the config or EUCA_MAX_RESPONSE_SIZE')
        out.write(chunk)
    out.write('\n')
