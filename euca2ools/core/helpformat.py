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


# -- usage errors a person can act on -------------------------------------

def did_you_mean(word, candidates):
    """' (did you mean X?)' for the closest of CANDIDATES, or ''."""
    import difflib
    close = difflib.get_close_matches(word, list(candidates), n=1,
                                      cutoff=0.6)
    return f' (did you mean {close[0]}?)' if close else ''


def explain(parser, message):
    """argparse's usage-error MESSAGE with a suggestion added: the closest
    option to an unrecognized one, the closest choice to an invalid one."""
    unknown = re.match(r'unrecognized arguments: (.*)', message)
    if unknown:
        options = [s for a in parser._actions for s in a.option_strings]
        first = unknown.group(1).split()[0]
        if first.startswith('-'):
            return message + did_you_mean(first.split('=')[0], options)
        return message
    choice = re.match(r"argument (\S+): invalid choice: '([^']*)' "
                      r'\(choose from (.*)\)$', message)
    if choice:
        choices = re.findall(r"'([^']*)'", choice.group(3))
        return message + did_you_mean(choice.group(2), choices)
    return message


def short_usage(parser, prog):
    """'usage: PROG [OPTIONS] POSITIONALS': the one usage line an error
    shows (--help has the whole)."""
    positionals = []
    for action in parser._actions:
        if action.option_strings or action.help == argparse.SUPPRESS:
            continue
        name = action.metavar or action.dest
        if action.nargs == '?':
            name = f'[{name}]'
        elif action.nargs == '*':
            name = f'[{name} ...]'
        elif action.nargs == '+':
            name = f'{name} [{name} ...]'
        positionals.append(str(name))
    return ' '.join(['usage:', prog, '[OPTIONS]', *positionals])
