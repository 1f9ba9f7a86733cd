"""The --help formatter: argparse's, with a usage that stays readable."""

import argparse
import re

# The items of a usage line, as argparse finds them (but a required option
# stays with its value: "-l LISTENER"), and where an item too long for a
# line may break: after "|", before "[" or "(", after "]" or ")".
_USAGE_ITEM = re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)'
                         r'|-\S+ (?![-\[(])\S+|\S+')
_USAGE_BREAK = re.compile(r'(?<=\|) | (?=[\[(])|(?<=[\])]) ')


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's, but the usage also breaks inside a group of alternatives
    (after each "|"), which argparse keeps on one line however long, and
    a long program name or item puts the options on lines of their own, so
    that only an item wider than the terminal by itself could run past
    it."""

    def _format_usage(self, usage, actions, groups, prefix):
        width = self._width
        self._width = 1 << 30     # argparse's usage on one line
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = width
        return wrap_usage(text, width)


def wrap_usage(text, width):
    """TEXT ("usage: PROG ITEMS\n\n") with ITEMS wrapped to WIDTH."""
    line, newline, rest = text.partition('\n')
    if len(line) <= width:
        return text
    head, _, items = line.partition(' ')            # "usage:", "PROG ..."
    prog, _, items = items.partition(' ')
    indent = len(head) + 1 + len(prog) + 1
    parts = _USAGE_ITEM.findall(items)
    lines, current = [], f'{head} {prog}'
    if indent > width // 2 or indent + max(map(len, parts)) > width:
        # The options on lines of their own, less indented.
        indent = len(head) + 1
        lines.append(current)
        current = ''
    pieces = []
    for part in parts:
        pieces += (_USAGE_BREAK.split(part) if indent + len(part) > width
                   else [part])
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > width:
            lines.append(current)
            current = ''
        current = f'{current} {piece}' if current else \
            (' ' * indent + piece if lines else piece)
    lines.append(current)
    return '\n'.join(lines) + newline + rest
