"""A command's section 1 page, from its class and its argparse parser.

NAME (COMMAND and ALIASES, the first sentence of DESCRIPTION), SYNOPSIS and
OPTIONS / COMMON OPTIONS from the parser, DESCRIPTION and EPILOG, FILTERS,
OUTPUT (the named fields of the rows it prints: ROW_TYPES), ENVIRONMENT
(the service's URL variables, the variables its texts name, a pointer to
the rest), FILES, EXIT STATUS, EXAMPLES (EXAMPLES, else one made from the
parser) and SEE ALSO (commands on the same subject, the pages its texts
cite).  An older name (ALIASES) gets a ``.so``
page that shows its command's.
"""

import argparse
import re

from ..core.selfdoc import examples, numbered, row_columns
from .environment import (AWS_FILES, CONFIG_FILES, ENVIRONMENT,
                          KEY_VARIABLES, NETWORK_VARIABLES, REGION_VARIABLES,
                          describe_variable)
from .roff import (PAGE_REFERENCE, Page, bold, escape, markup, metavar,
                   text_blocks, with_references)

# The overview pages (overview.py), which every command's SEE ALSO names.
OVERVIEW = ('euca2ools', 7)
CONFIG_PAGE = ('euca2ools.ini', 5)
SYSTEM_PAGES = {('fstab', 5)}   # pages the command texts cite, not ours


def visible_actions(parser):
    return [action for action in parser._actions
            if action.help is not argparse.SUPPRESS]


def common_actions(parser):
    """The options every command (of a kind) has, listed under COMMON
    OPTIONS: those of the parser's "common options" group (the one --help
    lists after the command's own), in its order."""
    return [action for action in parser.common._group_actions
            if action.help is not argparse.SUPPRESS]


def formatted_args(parser, action):
    """ACTION's value as usage shows it ("MIN[-MAX]", "[VOLUME ...]"), or
    '' for a flag."""
    if action.option_strings and action.nargs == 0:
        return ''
    formatter = parser._get_formatter()
    if action.option_strings:
        default = formatter._get_default_metavar_for_optional(action)
    else:
        default = formatter._get_default_metavar_for_positional(action)
    return formatter._format_args(action, default)


def help_text(parser, action):
    if not action.help:
        return ''
    formatter = parser._get_formatter()
    return ' '.join(formatter._expand_help(action).split())


def option_tag(parser, action):
    """The roff for an option's tag: -n, --instance-count MIN[-MAX]."""
    args = formatted_args(parser, action)
    if not action.option_strings:
        return metavar(args)
    tag = ', '.join(bold(option) for option in action.option_strings)
    return f'{tag} {metavar(args)}' if args else tag


def synopsis_items(parser):
    """The usage line's items, in roff, argparse's order: options, then
    positional arguments; mutually exclusive options together."""
    actions = visible_actions(parser)
    groups = {}
    for group in parser._mutually_exclusive_groups:
        members = [a for a in group._group_actions if a in actions]
        if len(members) > 1:
            for action in members:
                groups[action] = (group, members)
    ordered = ([a for a in actions if a.option_strings]
               + [a for a in actions if not a.option_strings])
    items, done = [], set()

    def one(action):
        if not action.option_strings:
            return metavar(formatted_args(parser, action))
        args = formatted_args(parser, action)
        text = bold(action.option_strings[0])
        if not args:
            return text
        # Kept on one line unless that line could not hold it.
        space = ' ' if len(action.option_strings[0] + args) > 36 else '\\ '
        return f'{text}{space}{metavar(args)}'

    for action in ordered:
        if action in done:
            continue
        if action in groups:
            group, members = groups[action]
            done.update(members)
            inner = ' | '.join(one(member) for member in members)
            items.append(f'({inner})' if group.required else f'[{inner}]')
        elif action.option_strings and not action.required:
            items.append(f'[{one(action)}]')
        else:
            items.append(one(action))
    return items


def command_texts(cls, parser, common=True):
    """Every text a command shows (description, epilog, option help); with
    COMMON=False, not the help of the options every command has."""
    texts = [cls.DESCRIPTION or '', cls.EPILOG or '']
    shared = [] if common else common_actions(parser)
    texts += [help_text(parser, action) for action in visible_actions(parser)
              if action not in shared]
    texts += [f.help or '' for f in getattr(cls, 'FILTERS', None) or ()]
    return texts


def page_references(text):
    return {(name, int(section))
            for name, section in PAGE_REFERENCE.findall(text)}


def summary(description):
    """NAME's one line: the description's first sentence."""
    for kind, text in text_blocks(description or ''):
        if kind == 'paragraph' and not text.startswith('***'):
            first = re.split(r'(?<=[a-z)])\.\s', text, maxsplit=1)[0]
            return first.rstrip('.')
    return ''


def expand_prog(text, name):
    return text.replace('%(prog)s', name) if text else text


def services_of(cls):
    """The service classes a command talks to (for its ENVIRONMENT)."""
    service = getattr(cls, 'SERVICE_CLASS', None)
    return [service] if service is not None else []


def url_variables(service):
    """A service's URL variables, and those of the services its URL can be
    derived from (the Eucalyptus admin services)."""
    names = list(service.URL_ENVVARS)
    for envvars, _ in getattr(service, 'DONORS', ()):
        names += [name for name in envvars if name not in names]
    return names


# euare names run together: user + del + policy.  Longest verbs first.
_EUARE_VERBS = ('deactivate', 'change', 'create', 'delete', 'enable',
                'remove', 'resync', 'update', 'upload', 'add', 'del', 'get',
                'list', 'mod')
_EUARE_NOUNS = ('accountalias', 'account', 'group', 'instanceprofile',
                'oidcprovider', 'role', 'servercert', 'user')


def _singular(word):
    if word.endswith('ies'):
        return word[:-3] + 'y'
    if word.endswith(('sses', 'xes')):
        return word[:-2]
    if word.endswith('s') and not word.endswith('ss'):
        return word[:-1]
    return word


def subject(name):
    """What a command acts on, for SEE ALSO: euca-run-instances and
    euca-describe-instances share ('euca', 'instance')."""
    prefix, _, rest = name.partition('-')
    if prefix == 'euare':
        noun = next((n for n in _EUARE_NOUNS if rest.startswith(n)), None)
        if noun is None:
            return None
        rest = rest[len(noun):]
        verb = next((v for v in _EUARE_VERBS if rest.startswith(v)), '')
        rest = rest[len(verb):]
        if rest in ('', 'bypath', 'attributes', 'info', 'summary'):
            rest = ''
        return (prefix, noun, _singular(rest))
    words = rest.split('-')
    if len(words) < 2:
        return None
    return (prefix, *words[1:-1], _singular(words[-1]))


def see_also(name, cls, texts, all_names):
    """Related commands (same subject), the pages the texts cite, then the
    overview pages."""
    pages = []
    mine = subject(name)
    if mine:
        pages += [(other, 1) for other in sorted(all_names)
                  if other != name and subject(other) == mine]
    for text in texts:
        for ref in sorted(page_references(text)):
            if ref not in pages and ref[0] != name:
                pages.append(ref)
    for ref in (OVERVIEW, CONFIG_PAGE) if cls.REGION_OPTION else (OVERVIEW,):
        if ref in pages:
            pages.remove(ref)
        pages.append(ref)
    return pages


def environment_of(cls, texts):
    """(service URL variables, variables the texts name, general variables
    this kind of command reads)."""
    urls = []
    for service in services_of(cls):
        urls += [v for v in url_variables(service) if v not in urls]
    named = []
    for text in texts:
        for word in re.findall(r'\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b', text):
            if word in ENVIRONMENT and word not in named and \
                    word not in urls:
                named.append(word)
    general = []
    if cls.REGION_OPTION:
        general += REGION_VARIABLES + NETWORK_VARIABLES
    if cls.KEY_OPTIONS:
        general += KEY_VARIABLES
    if urls:
        from ..core.s3 import S3
        general.append('EUCA_S3_SIGNATURE_VERSION' if any(
            issubclass(s, S3) for s in services_of(cls))
            else 'EUCA_SIGNATURE_VERSION')
        general.append('AWS_AUTH_REGION')
        if any(s.AWS_SERVICE_ID for s in services_of(cls)):
            general.append('AWS_ENDPOINT_URL')
    general = [v for v in general if v not in named]
    return urls, named, general


def command_page(name, cls, all_names, date=''):
    """The section 1 page of the command NAME (roff text)."""
    parser = cls.build_parser(name)
    page = Page(name, 1, date)
    description = expand_prog(cls.DESCRIPTION or '', name)
    epilog = expand_prog(cls.EPILOG or '', name)
    texts = command_texts(cls, parser)

    page.section('NAME')
    names = ', '.join(escape(n) for n in (name,) + tuple(cls.ALIASES))
    page.line(f'{names} \\- {escape(summary(description) or name)}')

    page.section('SYNOPSIS')
    page.request('in', '+4n')      # a hanging indent
    page.request('ti', '-4n')
    page.line(bold(name))
    for item in synopsis_items(parser):
        # "...]" at the end of a line is no sentence end: no extra space.
        page.line(item + '\\&' if re.search(r'\.[])]*$', item) else item)
    page.request('in', '-4n')

    page.section('DESCRIPTION')
    if description:
        page.text(description)
    else:
        page.paragraph(escape(summary(description) or name))
    if cls.ALIASES:
        page.paragraph(escape(f'{name} is also installed as '
                              + ', '.join(cls.ALIASES) + '.'))
    filters = getattr(cls, 'FILTERS', None) or []
    if epilog:
        page.text(epilog)

    common = common_actions(parser)
    own = [a for a in visible_actions(parser) if a not in common]
    own.sort(key=lambda a: bool(a.option_strings))   # arguments first
    if own:
        page.section('OPTIONS')
        for action in own:
            text = help_text(parser, action)
            if action.required and action.option_strings and \
                    'required' not in text:
                text += ' (required)'
            page.item(option_tag(parser, action), [with_references(text)])
    page.section('COMMON OPTIONS')
    for action in common:
        page.item(option_tag(parser, action),
                  [with_references(help_text(parser, action))])

    if filters:
        page.section('FILTERS')
        page.paragraph(markup(
            'Each `--filter` {{NAME}}`=`{{VALUE}} asks the cloud for only '
            'the results whose {{NAME}} has that value.  Values given for '
            'the same name are alternatives; different names must all '
            'match.  The names:'))
        plain = [f for f in filters if not (f.help or f.values)]
        if plain:
            page.paragraph(',\n'.join(bold(f.name) for f in plain))
        for filt in filters:
            if filt in plain:
                continue
            body = filt.help or ''
            if filt.values:
                body += ('; ' if body else '') + (
                    'one of ' if filt.choices else 'the values: ') + \
                    ', '.join(map(str, filt.values))
            page.item(bold(filt.name), [with_references(body)])

    if cls.ROW_TYPES:
        page.section('OUTPUT')
        nil = (' (`--show-empty-fields` prints `(nil)`)'
               if '--show-empty-fields' in parser._option_string_actions
               else '')
        columns = list(row_columns(cls))
        # Some families' rows carry no tag (CloudWatch, a few IAM lists).
        tagged = all(names[0].startswith('"') for _, names in columns)
        page.paragraph(markup(
            'Rows of tab-separated fields'
            + (', the first naming the row type' if tagged else '')
            + f'; an empty field stays empty{nil}.  The fields of each row '
            'type, numbered as `cut -f` counts them (`--show-columns` '
            'prints these names):'))
        for row, names in columns:
            page.item(bold(row), [with_references(numbered(names))])

    urls, named, general = environment_of(
        cls, command_texts(cls, parser, common=False))
    if urls or named or general:
        page.section('ENVIRONMENT')
        for var in urls:
            page.item(bold(var), [markup(url_variable_text(var, cls))])
        for var in named:
            page.item(bold(var), [markup(describe_variable(var))])
        if general:
            page.paragraph(markup(
                'Also read, as euca2ools(7) describes: '
                + ', '.join(f'`{var}`' for var in general) + '.'))

    if cls.REGION_OPTION or cls.KEY_OPTIONS:
        page.section('FILES')
        if cls.REGION_OPTION:
            page.items(CONFIG_FILES, 'configuration files, read in this '
                                     'order: regions, users and settings; '
                                     'see euca2ools.ini(5)')
        if cls.KEY_OPTIONS:
            page.items(AWS_FILES, 'AWS credentials and profiles, the last '
                                  'place keys are looked for')

    page.section('EXIT STATUS')
    exit_status(page)
    page.section('EXAMPLES')
    for what, line in examples(cls, parser):
        page.paragraph(escape(what + ':'))
        page.example([line])
    page.see_also(see_also(name, cls, texts, all_names))
    return page.render()


def url_variable_text(var, cls):
    service = next((s for s in services_of(cls)
                    if var in url_variables(s)), None)
    if service is not None and var in service.URL_ENVVARS:
        return (f'the {service.DESCRIPTION.lower()} endpoint URL, when '
                f'`-U` is not given (else the region\'s `{service.NAME}-url`)')
    return ('the URL of another Eucalyptus service on the same host: this '
            "command's endpoint is derived from it when nothing names it")


EXIT_CODES = (
    ('0', 'success'),
    ('1', 'an error: the cloud refused the request '
          '(`{{prog}}: error (Code): Message`), or anything else went wrong '
          '(`{{prog}}: error: ...`)'),
    ('2', 'a usage error: a bad option or a bad combination of options'),
    ('130', 'interrupted with Ctrl-C'),
    ('128+{{N}}', 'stopped by signal {{N}} (143 for SIGTERM, 129 for '
                  'SIGHUP); partial files are cleaned up as for Ctrl-C'),
)


def exit_status(page):
    for code, text in EXIT_CODES:
        page.item(markup(code), [markup(text)])
    page.paragraph(markup(
        'A reader of the output that goes away (`| head`) is no error.'))


def alias_page(command):
    """An older name's page: the command's own, through .so."""
    return f'.so man1/{command}.1\n'
