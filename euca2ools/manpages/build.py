"""Writing the pages: every page as roff text (build_pages), written into a
man directory (write_pages), for setup.py's build_man step and for
``python -m euca2ools.manpages DIRECTORY`` (main).
"""

import datetime
import importlib
import os
import sys

from .command import CONFIG_PAGE, OVERVIEW, alias_page, command_page
from .overview import COMPLETION, completion_page, config_page, overview_page


def load_commands(entry_points):
    """{script name: command class} from setup.py-style entry points
    ("name = module:Class.run")."""
    commands = {}
    for entry in entry_points:
        name, _, target = (part.strip() for part in entry.partition('='))
        module, _, attr = target.partition(':')
        if not attr.endswith('.run'):
            continue    # euca2ools-completion: no command class (its own page)
        commands[name] = getattr(importlib.import_module(module),
                                 attr.rpartition('.')[0])
    return commands


def installed_entry_points():
    """The console scripts of the installed euca2ools distribution."""
    from importlib import metadata
    dist = metadata.distribution('euca2ools')
    return [f'{ep.name} = {ep.value}' for ep in dist.entry_points
            if ep.group == 'console_scripts']


def page_date():
    """The date for .TH: SOURCE_DATE_EPOCH's (reproducible builds), or
    none."""
    epoch = os.environ.get('SOURCE_DATE_EPOCH', '').strip()
    if epoch.isdigit():
        when = datetime.datetime.fromtimestamp(int(epoch),
                                               datetime.timezone.utc)
        return when.strftime('%Y-%m-%d')
    return ''


def build_pages(commands, date=None):
    """{relative path: roff text} for every page."""
    date = page_date() if date is None else date
    names = {name for name, cls in commands.items() if name == cls.COMMAND}
    pages = {}
    for name, cls in sorted(commands.items()):
        if name != cls.COMMAND:
            pages[f'man1/{name}.1'] = alias_page(cls.COMMAND)
        else:
            pages[f'man1/{name}.1'] = command_page(name, cls, names, date)
    pages[f'man{OVERVIEW[1]}/{OVERVIEW[0]}.{OVERVIEW[1]}'] = \
        overview_page(commands, date)
    pages[f'man{CONFIG_PAGE[1]}/{CONFIG_PAGE[0]}.{CONFIG_PAGE[1]}'] = \
        config_page(commands, date)
    pages[f'man{COMPLETION[1]}/{COMPLETION[0]}.{COMPLETION[1]}'] = \
        completion_page(date)
    return pages


def write_pages(directory, commands, date=None):
    """Write every page under DIRECTORY (man1/, man5/, man7/), removing
    pages of commands that are gone; returns the relative paths."""
    pages = build_pages(commands, date)
    for section in sorted({path.split('/')[0] for path in pages}):
        folder = os.path.join(directory, section)
        os.makedirs(folder, exist_ok=True)
        for stale in os.listdir(folder):
            if f'{section}/{stale}' not in pages:
                os.remove(os.path.join(folder, stale))
    for path, text in pages.items():
        target = os.path.join(directory, path)
        try:
            with open(target, encoding='utf-8') as fileobj:
                if fileobj.read() == text:
                    continue     # unchanged: keep its time stamp
        except OSError:
            pass
        with open(target, 'w', encoding='utf-8') as fileobj:
            fileobj.write(text)
    return sorted(pages)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or argv[0].startswith('-'):
        print('usage: python -m euca2ools.manpages DIRECTORY\n'
              'Write the man pages of the installed euca2ools commands '
              'under DIRECTORY (man1/, man5/, man7/).', file=sys.stderr)
        return 2
    commands = load_commands(installed_entry_points())
    paths = write_pages(argv[0], commands)
    print(f'{len(paths)} pages in {argv[0]}')
    return 0
