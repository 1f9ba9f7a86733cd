"""Page templates: the prose of the pages that are no command's, kept as
text (templates/*.txt, package data) rather than Python strings.

The template of the page NAME(N) is templates/NAME.N.txt: the page's
outline, its text in the mini-markup of roff.markup (`literal` in bold,
{{PLACEHOLDER}} in italics, page references such as euca2ools.ini(5) in
bold), and directives, each a line of its own:

    @section TITLE       a section (.SH)
    @subsection TITLE    a subsection (.SS)
    @item TAG            a tagged paragraph: TAG (markup), then its text,
                         the lines that follow up to a blank line; several
                         @item and @items lines in a row share one text
    @items NAME          tags too: each name of the page's list NAME, bold
    @step                a numbered paragraph (1., 2., ...): the lines that
                         follow up to a blank line
    @fill NAME           what the page's function NAME writes: the tables
                         that come from the code

Other lines are paragraphs, ended by a blank line; indented lines are an
example, kept as they are (blank lines within it too).  Lines that start
with '#' are comments.  In the text (not in examples), a field such as
{connect} is replaced with the page's value of that name: the defaults and
the lists that come from the code.  A field, list or function the page does
not give is an error, and so is a tag or a step without its text.
"""

import importlib.resources
import re

from .roff import bold, markup

# {name}, but not the {{PLACEHOLDER}} of the markup.
FIELD = re.compile(r'(?<!\{)\{([a-z][a-z0-9-]*)\}(?!\})')

# What a page's value must be, by how the template uses it.
KINDS = {
    'field': lambda value: isinstance(value, str),
    'list': lambda value: isinstance(value, (tuple, list)),
    'function': callable,
}


class TemplateError(ValueError):
    pass


def read(name):
    """The text of templates/NAME.txt."""
    return importlib.resources.files(__package__).joinpath(
        'templates', f'{name}.txt').read_text(encoding='utf-8')


def blocks(text):
    """[(kind, ...)] from a template's TEXT: ('section', title),
    ('subsection', title), ('fill', name), ('item', [(kind, tag)], text)
    with kind 'markup' or 'list', ('step', text), ('paragraph', text) and
    ('example', [lines])."""
    found = []
    words, example, tags = [], [], []
    step = False

    def end_text():
        nonlocal step
        if (tags or step) and not words:
            raise TemplateError(f'line {number}: an @item or @step without '
                                'its text')
        if words:
            joined = ' '.join(words)
            if tags:
                found.append(('item', list(tags), joined))
            elif step:
                found.append(('step', joined))
            else:
                found.append(('paragraph', joined))
        words.clear()
        tags.clear()
        step = False

    def end_example():
        while example and not example[-1]:
            example.pop()
        if example:
            indent = min(len(line) - len(line.lstrip())
                         for line in example if line)
            found.append(('example', [line[indent:] for line in example]))
        example.clear()

    for number, line in enumerate(text.split('\n'), 1):
        line = line.rstrip()
        if line.startswith('#'):
            continue
        if not line:
            end_text()
            if example:
                example.append('')
        elif line[0] in ' \t':
            end_text()
            example.append(line)
        elif line.startswith('@'):
            end_example()
            directive, _, argument = line[1:].partition(' ')
            if directive in ('item', 'items'):
                if words or step:
                    end_text()
                tags.append(('markup' if directive == 'item' else 'list',
                             argument))
            elif directive == 'step':
                end_text()
                step = True
            elif directive in ('section', 'subsection', 'fill'):
                end_text()
                found.append((directive, argument))
            else:
                raise TemplateError(f'line {number}: unknown directive '
                                    f'{line}')
        else:
            end_example()
            words.append(line)
    end_text()
    end_example()
    return found


def render(page, name, values):
    """Write the template NAME onto PAGE; VALUES holds its fields
    (strings), lists (of names) and functions (called with the page)."""
    def value(key, kind):
        if not KINDS[kind](values.get(key)):
            raise TemplateError(f'{name}: the page gives no {kind} {key!r}')
        return values[key]

    def fill(text):
        return FIELD.sub(lambda match: value(match.group(1), 'field'), text)

    steps = 0
    for kind, *content in blocks(read(name)):
        steps = steps + 1 if kind == 'step' else 0
        if kind == 'section':
            page.section(content[0])
        elif kind == 'subsection':
            page.subsection(content[0])
        elif kind == 'fill':
            value(content[0], 'function')(page)
        elif kind == 'paragraph':
            page.paragraph(markup(fill(content[0])))
        elif kind == 'example':
            page.example(content[0])
        elif kind == 'step':
            page.request('IP', f'{steps}.', '4')
            page.line(markup(fill(content[0])))
        else:
            tags, text = content
            roff = []
            for tag_kind, tag in tags:
                if tag_kind == 'markup':
                    roff.append(markup(fill(tag)))
                else:
                    roff += [bold(item) for item in value(tag, 'list')]
            page.request('TP')
            page.line(roff[0])
            for tag in roff[1:]:
                page.request('TQ')
                page.line(tag)
            page.line(markup(fill(text)))
