"""Every upstream command exists, with every option string upstream had.

The reference table (tests/data/euca2ools-commands.tsv: euca2ools 3.4, a copy
of the project's shared reference, kept here so a plain clone runs every
test) lists each command's flags; scripts pass them, so each must still parse.
"""

import csv
import importlib
import pathlib
import re

import pytest

from tests.conftest import ENTRY_POINTS

TSV = (pathlib.Path(__file__).resolve().parents[1] / 'data'
       / 'euca2ools-commands.tsv')
OPTION = re.compile(r'(?<![\w-])(--?[A-Za-z][\w-]*)')

with open(TSV, encoding='utf-8') as fileobj:
    UPSTREAM = {row['command']: row for row in
                csv.DictReader(fileobj, delimiter='\t')}


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


def test_every_upstream_command_exists():
    assert len(UPSTREAM) == 324
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


# Options whose value a command's own code turns into the parameter the
# table names (their request tests check the result), and deliberate fixes.
ROUTED_IN_CODE = {
    ('euca-authorize', '--protocol'), ('euca-authorize', '--cidr'),
    ('euca-authorize', '-u'), ('euca-revoke', '--protocol'),
    ('euca-revoke', '--cidr'), ('euca-revoke', '-u'),
    ('euca-create-network-acl-entry', '--protocol'),
    ('euca-replace-network-acl-entry', '--protocol'),
    ('euca-create-subnet', 'POS'),
    ('euform-create-stack', '--notification-arns'),
    # upstream's dest was a local name; the parameter is still PolicyName
    ('euare-groupaddpolicy', '--policy-name'),
    ('euare-roleaddpolicy', '--policy-name'),
    ('euare-useraddpolicy', '--policy-name'),
    # AWS spells these ClientIDList / UserData.Data; upstream did not
    ('euare-oidcprovidercreate', '--client-id'),
    ('euca-import-instance', '--user-data-file'),
}


@pytest.mark.parametrize('name', sorted(
    name for name, row in UPSTREAM.items() if row['flag_to_api_param']))
def test_options_fill_the_parameters_upstream_filled(name):
    module, cls = ENTRY_POINTS[name]
    command = getattr(importlib.import_module(module), cls)
    parser = command.build_parser(name)
    positionals = [a.dest for a in parser._actions if not a.option_strings]
    wrong = []
    for item in UPSTREAM[name]['flag_to_api_param'].split(';'):
        flag, sep, param = item.strip().partition('=')
        if not sep or flag == '--filter' or (name, flag) in ROUTED_IN_CODE:
            continue
        if flag == 'POS':
            if param not in positionals:
                wrong.append((flag, param, positionals))
        elif parser._option_string_actions[flag].dest != param:
            wrong.append((flag, param,
                          parser._option_string_actions[flag].dest))
    assert wrong == []
