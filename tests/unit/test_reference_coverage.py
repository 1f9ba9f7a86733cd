"""Every upstream command exists, with every option string upstream had.

The reference table (shared/reference/euca2ools-commands.tsv, euca2ools 3.4)
lists each command's flags; scripts pass them, so each must still parse.
"""

import csv
import importlib
import pathlib
import re

import pytest

from tests.conftest import ENTRY_POINTS

TSV = (pathlib.Path(__file__).resolve().parents[3] / 'shared' / 'reference'
       / 'euca2ools-commands.tsv')
OPTION = re.compile(r'(?<![\w-])(--?[A-Za-z][\w-]*)')

if TSV.exists():
    with open(TSV, encoding='utf-8') as fileobj:
        UPSTREAM = {row['command']: row for row in
                    csv.DictReader(fileobj, delimiter='\t')}
else:   # the reference lives beside the repository, not in it
    UPSTREAM = {}


COMMON = {'svc': {'-U', '--url', '--region'}, 'region': {'--region'},
          'auth': {'-I', '--access-key-id', '-S', '--secret-key',
                   '--security-token'},
          'tab': {'--show-empty-fields'},
          'prog': {'--progress', '--no-progress'},
          'base': {'--debug', '--debugger', '--version'}}


def upstream_options(row):
    options = set()
    for group in row['common_flags'].split(','):
        options.update(COMMON.get(group.strip(), ()))
    for spec in row['flags'].split(';'):
        spec = spec.strip()
        if spec.startswith('POS:'):
            continue
        # Only the option names, not metavars or choice lists.
        for part in re.split(r'[|()]', spec):
            head = part.strip().lstrip('!~').split(' ')[0]
            options.update(OPTION.findall(head.replace('/', ' ')))
    return options


@pytest.mark.skipif(not UPSTREAM, reason='reference table not present')
def test_every_upstream_command_exists():
    missing = sorted(set(UPSTREAM) - set(ENTRY_POINTS))
    assert missing == []


@pytest.mark.parametrize('name', sorted(UPSTREAM))
def test_every_upstream_option_parses(name):
    module, cls = ENTRY_POINTS[name]
    command = getattr(importlib.import_module(module), cls)
    parser = command.build_parser(name)
    known = set(parser._option_string_actions)
    missing = sorted(upstream_options(UPSTREAM[name]) - known)
    assert missing == [], f'{name} lacks {missing}'
