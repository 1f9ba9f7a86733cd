"""Tab-separated rows, the euca2ools output contract.

Fields are positional: None and '' print as empty strings (or ``(nil)`` with
--show-empty-fields) so that the tabs stay in place; booleans print as
true/false.
"""

NIL = '(nil)'


def format_field(value, show_empty=False):
    if type(value) is str and value:   # nearly every field: the fast path
        return value
    if value is None or value == '' or value == [] or value == {}:
        return NIL if show_empty else ''
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    return str(value)


def tabify(fields, show_empty=False):
    return '\t'.join(format_field(f, show_empty) for f in fields)
