"""No command answers an odd server or an empty command line with a
traceback: every outcome is a result, a usage error or a one-line error."""

import importlib
import io
import re
import signal

import pytest
import responses

from tests.conftest import ENTRY_POINTS
from tests.unit.error_helpers import error_line

ANY_URL = re.compile(r'https?://.*')
ERROR_BODY = (b'<ErrorResponse><Error><Type>Sender</Type><Code>Bogus</Code>'
              b'<Message>no such thing</Message></Error></ErrorResponse>')


def command_class(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


@pytest.fixture(autouse=True)
def time_limit():
    def expired(*_):
        raise TimeoutError('command hung')
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def check(code, err):
    assert code in (0, 1, 2)
    assert 'internal error' not in err
    assert 'Traceback' not in err
    if code:
        assert error_line(err).startswith(
            tuple(f'{n}: ' for n in ENTRY_POINTS)), err


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_empty_command_line_against_an_erroring_server(inprocess, name):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ('GET', 'POST', 'PUT', 'HEAD', 'DELETE'):
            mock.add(method, ANY_URL, body=ERROR_BODY, status=400)
        code, _, err = inprocess(command_class(name), [],
                                 env={'EUSTORE_URL': 'http://cloud.test/'})
    check(code, err)


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_empty_command_line_against_an_empty_answer(inprocess, name):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ('GET', 'POST', 'PUT', 'HEAD', 'DELETE'):
            mock.add(method, ANY_URL, body=b'<Response/>', status=200)
        code, _, err = inprocess(command_class(name), [],
                                 env={'EUSTORE_URL': 'http://cloud.test/'})
    check(code, err)


def minimal_argv(parser):
    """Dummy values for every required argument, so the command gets past
    argparse and sends its request."""
    argv = []
    required_groups = [g for g in parser._mutually_exclusive_groups
                       if g.required]
    chosen = {id(g._group_actions[0]) for g in required_groups}
    for action in parser._actions:
        grouped = any(action in g._group_actions for g in required_groups)
        needed = (not action.option_strings and action.nargs not in
                  ('?', '*', 0)) or action.required or \
            (grouped and id(action) in chosen)
        if not needed or action.nargs == 0:
            if needed and action.option_strings:
                argv.append(action.option_strings[0])
            continue
        value = str(action.choices[0]) if action.choices else '1'
        if action.type in (None, str) and not action.choices:
            value = 'x-1'
        if action.option_strings:
            argv.append(f'{action.option_strings[-1]}={value}')
        else:
            argv.append(value)
    return argv


@pytest.mark.parametrize('name', sorted(ENTRY_POINTS))
def test_required_arguments_against_an_empty_answer(inprocess, name,
                                                    tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # An empty standard input (pytest's own refuses to be read).
    monkeypatch.setattr('sys.stdin', io.TextIOWrapper(io.BytesIO(b'')))
    cls = command_class(name)
    argv = minimal_argv(cls.build_parser(name))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ('GET', 'POST', 'PUT', 'HEAD', 'DELETE'):
            mock.add(method, ANY_URL, body=b'<Response/>', status=200)
        code, _, err = inprocess(cls, argv,
                                 env={'EUSTORE_URL': 'http://cloud.test/'})
    check(code, err)
