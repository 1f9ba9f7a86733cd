"""--help that helps: every option explains itself, and usage stays readable.

Walks every command's parser (aliases included), so an option added without
a help line, or with a metavar that swamps the usage, fails here.
"""

import importlib

import pytest

from euca2ools.core.args import iter_args
from euca2ools.manpages import formatted_args, visible_actions
from tests.conftest import ENTRY_POINTS

# The longest metavar the usage may show for one option, as argparse prints
# it (choices as {a,b,c}, nargs='+' as "X [X ...]").  Longer ones push the
# other options off the screen (eulb-create-lb -l once filled four lines).
MAX_METAVAR = 40


def parser_of(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls).build_parser(name)


def option_name(action):
    return '/'.join(action.option_strings) or action.dest


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_every_option_has_help(name):
    parser = parser_of(name)
    missing = [option_name(action) for action in visible_actions(parser)
               if not (action.help or '').strip()]
    assert missing == [], f'{name}: options without help: {missing}'


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_usage_metavars_are_short(name):
    parser = parser_of(name)
    long = {option_name(action): formatted_args(parser, action)
            for action in visible_actions(parser)
            if action.nargs != 0
            and len(formatted_args(parser, action)) > MAX_METAVAR}
    assert long == {}, (
        f'{name}: metavars longer than {MAX_METAVAR} characters in the usage; '
        'give a short metavar and describe the form in the help')


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_no_query_parameter_shows_as_a_metavar(name):
    """A dest such as LaunchSpecification.InstanceType is argparse's default
    metavar when none is given: LAUNCHSPECIFICATION.INSTANCETYPE."""
    parser = parser_of(name)
    leaked = [option_name(action) for action in visible_actions(parser)
              if action.option_strings and action.nargs != 0
              and action.metavar is None and action.choices is None
              and '.' in action.dest]
    assert leaked == []


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_usage_fits_in_80_columns(name, monkeypatch):
    """argparse keeps a group of alternatives on one line however long
    (euca-describe-instance-attribute's was 226 characters) and indents
    after a long program name until nothing fits; ours does neither."""
    monkeypatch.setenv('COLUMNS', '80')
    usage = parser_of(name).format_usage()
    wide = [line for line in usage.splitlines() if len(line) > 80]
    assert wide == []


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_common_options_come_last_under_their_own_heading(name):
    """The command's own options first; the ones every command (of a
    kind) has under "common options", as httpie does."""
    module, cls = ENTRY_POINTS[name]
    cls = getattr(importlib.import_module(module), cls)
    parser = cls.build_parser(name)
    common = [action for action in parser.common._group_actions
              if action in visible_actions(parser)]
    dests = {action.dest for action in common}
    assert {'help', 'debug', 'version'} <= dests
    assert ({'region', 'connect_timeout', 'read_timeout', 'max_retries'}
            <= dests) == bool(cls.REGION_OPTION)
    assert ({'access_key_id', 'secret_key', 'security_token'}
            <= dests) == bool(cls.KEY_OPTIONS)
    declared = {arg.dest for arg in iter_args(cls.collected_args())}
    assert not declared & dests
    text = parser.format_help()
    own, heading, shared = text.partition('\ncommon options:\n')
    assert heading
    for action in visible_actions(parser):
        where = shared if action in common else own
        if action.option_strings:
            assert f'  {action.option_strings[0]}' in where, \
                action.option_strings


# -- usage errors a person can act on (issue 24, point 3) --------------------

@pytest.mark.parametrize('argv, suggestion', [
    (['ami-1', '--instanse-type', 'm1.small'],
     'did you mean --instance-type?'),
    (['ami-1', '--output', 'jsn'], 'did you mean json?'),
])
def test_a_usage_error_comes_first_with_a_suggestion(inprocess, argv,
                                                     suggestion):
    from euca2ools.commands.euca.runinstances import RunInstances
    code, out, err = inprocess(RunInstances, argv)
    assert (code, out) == (2, '')
    first, usage, see = err.splitlines()
    assert first.startswith('euca-run-instances: error: ')
    assert first.endswith(f'({suggestion})')
    assert usage == 'usage: euca-run-instances [OPTIONS] IMAGE'
    assert see == "see 'euca-run-instances --help'"


def test_an_unknown_filter_suggests_the_closest_and_stays_short(inprocess):
    from euca2ools.commands.euca.describeinstances import DescribeInstances
    code, out, err = inprocess(DescribeInstances,
                               ['--filter', 'instance-state=running'])
    assert code == 2
    first = err.splitlines()[0]
    assert first == ("euca-describe-instances: error: unknown filter name "
                     "'instance-state' (did you mean instance-state-name?); "
                     '--help lists the filters')
    assert max(len(line) for line in err.splitlines()) < 160


def test_help_shows_the_filters_and_the_examples_within_80_columns():
    """Examples are added after the filter list, not instead of it."""
    from euca2ools.commands.euca.describevolumes import DescribeVolumes
    text = DescribeVolumes.build_parser().format_help()
    filters = text.index('allowed filter names: ')
    assert 0 < filters < text.index('examples:')
    assert 'status (creating|available|in-use|deleting|deleted|error)' in \
        ' '.join(text[filters:].split())
    assert max(len(line) for line in text[filters:text.index('examples:')]
               .splitlines()) <= 80
