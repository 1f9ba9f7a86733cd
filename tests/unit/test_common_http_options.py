"""--connect-timeout, --read-timeout and --max-retries: on every command that
talks to a cloud, kept out of the command's own args, handed to the
transport on the Context as raw strings."""

import pytest

from euca2ools.core import BaseCommand, Context
from euca2ools.commands.euca.describeregions import DescribeRegions
from euca2ools.commands.eustore.describeimages import DescribeImages
from euca2ools.commands.bundle.unbundlestream import UnbundleStream

from tests.conftest import ENTRY_POINTS
from tests.unit.test_no_tracebacks import command_class

NONE = {'connect-timeout': None, 'timeout': None, 'max-retries': None}


def test_a_context_made_without_them_has_none():
    assert Context(environ={}).http_options == NONE


@pytest.mark.parametrize('argv, expected', [
    ([], NONE),
    (['--connect-timeout', '5', '--read-timeout', '7.5', '--max-retries',
      '0'], {'connect-timeout': '5', 'timeout': '7.5', 'max-retries': '0'}),
    (['--cli-connect-timeout', '1', '--cli-read-timeout', 'abc'],
     {'connect-timeout': '1', 'timeout': 'abc', 'max-retries': None}),
])
def test_they_reach_the_context_and_not_the_args(monkeypatch, inprocess,
                                                  argv, expected):
    seen = {}

    def main(self):
        seen['args'] = dict(self.args)
        seen['options'] = self.context.http_options
        return {}
    monkeypatch.setattr(DescribeRegions, 'main', main)
    code, _, err = inprocess(DescribeRegions, argv)
    assert (code, err) == (0, '')
    assert seen['options'] == expected
    assert not {'connect_timeout', 'read_timeout', 'max_retries'} & \
        set(seen['args'])


def test_every_command_with_a_region_has_them_with_help():
    for name in sorted(ENTRY_POINTS):
        cls = command_class(name)
        helptext = cls.build_parser(name).format_help()
        flags = ('--connect-timeout', '--cli-connect-timeout',
                 '--read-timeout', '--cli-read-timeout', '--max-retries')
        for flag in flags:
            assert (flag in helptext) == bool(cls.REGION_OPTION), (name, flag)
    helps = {tuple(action.option_strings): (action.metavar, action.help)
             for action in DescribeRegions.build_parser()._actions}
    assert helps[('--connect-timeout', '--cli-connect-timeout')] == (
        'SECONDS', 'seconds to wait for a connection (default 10; config '
        'connect-timeout, env EUCA_CONNECT_TIMEOUT)')
    assert helps[('--read-timeout', '--cli-read-timeout')] == (
        'SECONDS', 'seconds to wait for a complete answer once connected '
        '(default 30; config timeout, env EUCA_READ_TIMEOUT)')
    assert helps[('--max-retries',)] == (
        'N', 'times to retry a failed call (default 2; config max-retries, '
        'env EUCA_MAX_RETRIES)')
    assert DescribeImages.REGION_OPTION and UnbundleStream.REGION_OPTION
    assert not BaseCommand.REGION_OPTION
