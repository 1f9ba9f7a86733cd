"""Tab-separated rows, the euca2ools output contract.

Fields are positional: None and '' print as empty strings (or ``(nil)`` with
--show-empty-fields) so that the tabs stay in place; booleans print as
true/false.  A field's control characters are written escaped (``\\n``,
``\\t``, ``\\r``, ``\\x1b``, ...): a value a server sent can neither
forge a row or a column nor drive the terminal.
"""

from .errors import printable

NIL = '(nil)'


def format_field(value, show_empty=False):
    if type(value) is str and value:   # nearly every field: the fast path
        return value if value.isprintable() else printable(value)
    if value is None or value == '' or value == [] or value == {}:
        return NIL if show_empty else ''
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    return printable(value)


def tabify(fields, show_empty=False):
    return '\t'.join(format_field(f, show_empty) for f in fields)


# -- what the row types of every family read answers with -------------------

def as_list(value):
    """VALUE when it is a list (a parsed list element), else []."""
    return value if isinstance(value, list) else []


def dig(obj, *path):
    """obj[path[0]][path[1]]... with None for anything missing."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj
