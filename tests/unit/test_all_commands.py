"""Every command: installed, answers --help, declares what the core needs."""

import importlib
import os

import pytest

from tests.conftest import ENTRY_POINTS, SCRIPTS_DIR
from euca2ools.core.request import QueryRequest


def command_class(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_help(name, capsys):
    cls = command_class(name)
    with pytest.raises(SystemExit) as exit_:
        cls.run(['--help'])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith('usage: ')
    assert cls.COMMAND in out.splitlines()[0] or name in out
    if issubclass(cls, QueryRequest):
        # A composite command (e.g. euctl) chooses its actions in main().
        assert cls.ACTION or cls.main is not QueryRequest.main, \
            f'{name} has no ACTION'
        assert cls.SERVICE_CLASS is not None


def test_every_command_is_installed():
    if not os.path.exists(os.path.join(SCRIPTS_DIR, 'euca-version')):
        pytest.skip('the package is not installed in this environment')
    missing = [name for name in ENTRY_POINTS
               if not os.path.exists(os.path.join(SCRIPTS_DIR, name))]
    assert missing == [], 'run pip install -e . again'
