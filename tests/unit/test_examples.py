"""Every command's examples (declared or made from its parser) parse."""

import importlib
import re
import shlex

import pytest

from tests.conftest import ENTRY_POINTS
from euca2ools.core.errors import UsageError
from euca2ools.core.selfdoc import examples
from euca2ools.manpages.roff import text_blocks


def command_class(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


def example_lines(name, cls, parser):
    lines = [line for _, line in examples(cls, parser)]
    # Examples in the description or epilog (indented lines) that run
    # the command itself.
    for text in (cls.DESCRIPTION, cls.EPILOG):
        for kind, content in text_blocks(text or ''):
            if kind == 'example':
                lines += [line.lstrip('$ ') for line in content
                          if line.lstrip('$ ').split(' ')[0] in
                          (name, cls.COMMAND) + tuple(cls.ALIASES)
                          and not line.rstrip().endswith('\\')]
    return lines


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_examples_parse(name, tmp_path, monkeypatch):
    cls = command_class(name)
    parser = cls.build_parser(name)
    lines = example_lines(name, cls, parser)
    assert lines
    for what, _ in examples(cls, parser):
        assert what and not what.endswith('.'), what
    # Files an example names (a key, a template) are read as it parses:
    # they exist, in an empty directory.
    monkeypatch.chdir(tmp_path)
    for line in lines:
        argv = shlex.split(line)
        assert argv[0] in (name, cls.COMMAND) + tuple(cls.ALIASES), line
        for word in argv[1:]:
            if re.search(r'\.(pub|json|txt|pem|yaml|sh)$', word) and \
                    not word.startswith('/'):
                (tmp_path / word).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / word).write_text('{}\n')
        try:
            parser.parse_args(argv[1:])
        except (UsageError, SystemExit) as err:
            pytest.fail(f'{line!r} does not parse: {err}')


def test_help_shows_examples(capsys):
    cls = command_class('euca-describe-instances')
    with pytest.raises(SystemExit):
        cls.run(['--help'])
    out = capsys.readouterr().out
    assert '\nexamples:\n' in out
    assert '    euca-describe-instances' in out
