"""Reading a partial command line against a command class's parser: which
option or positional the word being completed belongs to, and what the
words before it say about region, endpoint and keys."""

import argparse

from ..core.args import iter_args

# Options whose values the live fetch uses as the command would (and IAM's
# --as-account).
CONTEXT_DESTS = ('region', 'url', 'access_key_id', 'secret_key',
                 'security_token', 'DelegateAccount')


def split_line(line):
    """(words, raw last word) of a partial shell command line: quotes and
    backslashes removed as the shell would; the last word is the one being
    completed ('' after a space).  The raw last word is as typed."""
    words, word = [], []
    raw_start = 0
    quote = None
    started = False
    i = 0
    while i < len(line):
        char = line[i]
        if quote == "'":
            if char == "'":
                quote = None
            else:
                word.append(char)
        elif quote == '"':
            if char == '"':
                quote = None
            elif char == '\\' and i + 1 < len(line) and line[i + 1] in '"\\$`':
                i += 1
                word.append(line[i])
            else:
                word.append(char)
        elif char in ' \t\n':
            if started:
                words.append(''.join(word))
                word, started = [], False
            raw_start = i + 1
        elif char in '\'"':
            quote = char
            started = True
        elif char == '\\':
            if i + 1 < len(line):
                i += 1
                word.append(line[i])
            started = True
        else:
            word.append(char)
            started = True
        i += 1
    words.append(''.join(word))
    return words, line[raw_start:]


class Target:
    """What the word being completed is: option names, or a value of
    ACTION (whose value starts at OFFSET in WORD)."""

    def __init__(self, cls, parser, word, action=None, arg=None, offset=0,
                 given=None, used=(), given_actions=()):
        self.cls = cls
        self.parser = parser
        self.word = word
        self.action = action
        self.arg = arg
        self.offset = offset
        self.given = given or {}
        self.used = used          # values already given to this action
        self.given_actions = given_actions   # options already on the line

    def answer(self, deadline, threads=None):
        from . import Answer
        word = self.word
        if self.action is None:
            return Answer('words', word, 0, self.option_names())
        action, arg = self.action, self.arg
        if action.choices:
            return Answer('words', word, self.offset,
                          [str(c) for c in action.choices])
        if action.dest == 'filter' and getattr(self.cls, 'FILTERS', None):
            return self.filter_answer(deadline, threads)
        if action.dest == 'region':
            return self.region_answer()
        complete = arg.complete if arg is not None else None
        if not complete:
            return None
        offset = self.offset
        used = set(self.used)
        if arg.comma_list:
            items = word[offset:].split(',')
            used.update(items[:-1])
            offset = len(word) - len(items[-1])
        if complete in ('file', 'dir'):
            return Answer(complete + 's', word, offset)
        values = self.live(complete, deadline, threads)
        if not values and arg.values:
            values = list(arg.values)    # the cloud lists none: the usual
        return Answer('words', word, offset,
                      [v for v in values if v not in used])

    def option_names(self):
        names = []
        for action in self.parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            if action in self.given_actions and not _repeatable(action):
                continue
            names.extend(action.option_strings)
        return names

    def filter_answer(self, deadline, threads):
        from . import Answer
        word, offset = self.word, self.offset
        text = word[offset:]
        filters = self.cls.FILTERS
        if '=' not in text:
            names = []
            for known in filters:
                prefix = getattr(known, 'prefix', None)
                if not prefix:
                    names.append(known.name + '=')
                elif text.startswith(prefix) and known.complete_key:
                    # tag:KEY= for the keys in use
                    names += [f'{prefix}{key}=' for key in self.live(
                        known.complete_key, deadline, threads)]
                else:
                    names.append(prefix)
            return Answer('nospace', word, offset, names)
        name = text.partition('=')[0]
        offset += len(name) + 1
        known = next((f for f in filters if f.matches(name)), None)
        if known is None:
            return None
        if known.values:
            return Answer('words', word, offset,
                          [str(c) for c in known.values])
        complete_value = getattr(known, 'complete_value', None)
        if complete_value and complete_value(name):
            return Answer('words', word, offset, self.live(
                complete_value(name), deadline, threads))
        if known.complete:
            return Answer('words', word, offset,
                          self.live(known.complete, deadline, threads))
        return None

    def region_answer(self):
        from . import Answer
        from ..core.config import Config
        word, offset = self.word, self.offset
        user, at, _ = word[offset:].rpartition('@')
        if at:
            offset += len(user) + 1
        config = Config.load(_environ())
        regions = [name for name in config.sections['region']
                   if '*' not in name and '?' not in name]
        if not regions:
            from ..core.args import AWS_REGIONS
            regions = list(AWS_REGIONS)     # no config: AWS's
        return Answer('words', word, offset, regions)

    def live(self, kind, deadline, threads):
        """The kind's live names/IDs; [] when they cannot be had."""
        import threading
        before = set(threading.enumerate())
        try:
            return self._live(kind, deadline)
        except Exception:   # noqa: BLE001 -- completion is silent
            return []
        finally:
            if threads is not None:
                threads.extend(t for t in threading.enumerate()
                               if t not in before)

    def _live(self, kind, deadline):
        from .resources import kind_service_name, kind_spec, live_values
        if kind_spec(kind) is None:
            return []
        import io
        from ..core.command import Context
        given = self.given
        url = None
        service = getattr(self.cls, 'SERVICE_CLASS', None)
        if given.get('url') and service is not None and \
                getattr(service, 'NAME', None) == kind_service_name(kind):
            url = given['url']
        context = Context(environ=_environ(), region=given.get('region'),
                          profile=given.get('aws_profile'),
                          verify_ssl=(False if given.get('no_verify_ssl')
                                      else None),
                          ca_bundle=given.get('ca_bundle'),
                          key_id=given.get('access_key_id'),
                          secret_key=given.get('secret_key'),
                          token=given.get('security_token'),
                          stderr=io.StringIO())
        context.debug = False
        return live_values(kind, context, url, deadline,
                           given.get('DelegateAccount'))


def _environ():
    import os
    return os.environ


def _repeatable(action):
    return isinstance(action, (argparse._AppendAction,
                               argparse._CountAction,
                               argparse._ExtendAction))


def _takes_value(action):
    return action.nargs != 0


def analyse(cls, before, word):
    """The Target for WORD, given the words BEFORE it (the command name
    left out), or None when nothing can be said."""
    parser = cls.build_parser()
    options = parser._option_string_actions
    positionals = [a for a in parser._actions if not a.option_strings]
    args = _args_by_action(cls, parser)
    dash_value = {a for a, arg in args.items() if arg.dash_value}
    given = {}
    given_actions = set()
    values_of = {}
    pending = None      # [action, values still expected] (-1: any number)
    positional_count = 0
    only_positionals = False

    def lookup(name):
        if name in options:
            return options[name]
        if name.startswith('--'):
            matches = {options[o] for o in options if o.startswith(name)}
            if len(matches) == 1:
                return matches.pop()
        return None

    def give(action, value):
        values_of.setdefault(action, []).append(value)
        if action.dest in CONTEXT_DESTS:
            given[action.dest] = value

    for item in before:
        if pending is not None:
            action, left = pending
            if left == -1 and item.startswith('-') and item != '-':
                pending = None
            else:
                give(action, item)
                if left > 0:
                    left -= 1
                pending = [action, left] if left else None
                continue
        if only_positionals or not item.startswith('-') or item == '-':
            positional_count += 1
            slot = _positional_slot(positionals, positional_count - 1)
            if slot is not None:
                values_of.setdefault(slot, []).append(item)
            continue
        if item == '--':
            only_positionals = True
            continue
        name, eq, value = item.partition('=')
        action = lookup(name) if name.startswith('--') or eq else None
        if action is None:
            action = lookup(item)
            eq = ''
        if action is None and not item.startswith('--'):
            short = options.get(item[:2])
            if short is not None and _takes_value(short):
                action, eq, value = short, '=', item[2:]
        if action is None:
            continue
        given_actions.add(action)
        if not _takes_value(action):
            continue
        if eq:
            give(action, value)
            continue
        nargs = action.nargs
        if nargs in (None, '?'):
            pending = [action, 1]
        elif isinstance(nargs, int):
            pending = [action, nargs]
        else:
            pending = [action, -1]

    def target(action, offset=0):
        return Target(cls, parser, word, action, args.get(action), offset,
                      given, values_of.get(action, ()), given_actions)

    if pending is not None:
        action, left = pending
        if not word.startswith('-') or action in dash_value:
            return target(action)
    if not only_positionals and word.startswith('-'):
        if word.startswith('--') and '=' in word:
            action = lookup(word.partition('=')[0])
            if action is None or not _takes_value(action):
                return None
            return target(action, word.index('=') + 1)
        return target(None)
    slot = _positional_slot(positionals, positional_count)
    if slot is None:
        return None
    return target(slot)


def _positional_slot(positionals, index):
    """The positional action the INDEXth positional word fills."""
    for action in positionals:
        nargs = action.nargs
        if nargs in ('*', '+', argparse.REMAINDER):
            return action
        count = nargs if isinstance(nargs, int) else 1
        if index < count:
            return action
        index -= count
    return None


def _args_by_action(cls, parser):
    """{argparse action: the Arg that declared it}."""
    by_options = {}
    by_dest = {}
    for arg in iter_args(cls.collected_args()):
        if arg.pargs and arg.pargs[0].startswith('-'):
            by_options[tuple(arg.pargs)] = arg
        elif arg.pargs:
            by_dest[arg.pargs[0]] = arg
    found = {}
    for action in parser._actions:
        if action.option_strings:
            arg = by_options.get(tuple(action.option_strings))
        else:
            arg = by_dest.get(action.dest)
        if arg is not None:
            found[action] = arg
    return found
