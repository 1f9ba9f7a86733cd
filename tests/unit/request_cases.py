"""One harness for the per-family request tables (test_<family>_requests.py):
run a command in-process against `responses`, then compare the requests it
sent and the rows it printed with what its case says.

A single-request table holds cases ``(command, argv, answer, params,
stdout)``, or maps each command to ``(argv, answer, params, stdout)``: the
command (its name, or its class), its argv, what the server answers inside
the action's response, the parameters the request must carry (Action and
Version among them or not) and the exact stdout (a string, or a list of
lines).
A multi-request case gives ``(command, argv, calls, replies, stdout)``
instead: the ``(Action, params)`` of each request, in order, and the answers
by action (see `Family.run`).
"""

import importlib

import pytest
import responses

from tests.conftest import ENTRY_POINTS
from tests.query_helpers import query_params, sent

URL = 'http://cloud.test/'


def command(name):
    """The class of the command called NAME (a class is returned as is)."""
    if isinstance(name, type):
        return name
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


def _ids(cases):
    """Each case's command name, numbered where the table has several."""
    names = [command(case[0]).COMMAND for case in cases]
    return [f'{name}-{names[:index].count(name)}' if names.count(name) > 1
            else name for index, name in enumerate(names)]


def _rows(cases):
    if isinstance(cases, dict):
        return [(name, *row) for name, row in cases.items()]
    return list(cases)


def _printed(out, stdout):
    if isinstance(stdout, list):     # the lines, each ending in a newline
        stdout = ''.join(line + '\n' for line in stdout)
    assert out == stdout


class Family:
    """How one family's requests are answered and checked.

    ``answer(action, inner)`` is the body of a successful answer; ``version``
    is the API version every request carries (or a function of the action,
    for a family that speaks two APIs); with ``exact``, a case's parameters
    are all a request may carry besides Action and Version, otherwise it
    must carry at least those (a parameter given as None: not at all).
    """

    def __init__(self, answer, version, exact=False):
        self.answer = answer
        self.version = version if callable(version) else \
            (lambda action: version)
        self.exact = exact

    def run(self, inprocess, name, argv, replies=None, env=None, url=URL):
        """Run command NAME with ARGV against a server at URL that answers
        each action from REPLIES: {action: inner XML, or a list of them to
        use one a request, or a (status, body) error}; an action not there
        gets an empty answer.  Returns (exit code, stdout, stderr, the
        parameters of each request)."""
        replies = {action: list(reply) if isinstance(reply, list) else reply
                   for action, reply in (replies or {}).items()}
        calls = []

        def answer(request):
            params = query_params(request.body)
            calls.append(params)
            action = params.get('Action')
            reply = replies.get(action, '')
            if isinstance(reply, list):
                reply = reply.pop(0)
            if isinstance(reply, tuple):
                return reply[0], {}, reply[1]
            return 200, {}, self.answer(action, reply)

        with responses.RequestsMock(
                assert_all_requests_are_fired=False) as mock:
            mock.add_callback(responses.POST, url, callback=answer)
            code, out, err = inprocess(command(name), argv, env=env)
        return code, out, err, calls

    def sent(self, index=0):
        """The parameters of request INDEX that the default `responses`
        mock received, its Version checked and taken out."""
        params = sent(index)
        assert params.pop('Version') == self.version(params.get('Action'))
        return params

    def check_call(self, params, action, expected):
        """PARAMS, one request's, are ACTION's at the family's version and
        carry EXPECTED (all of it and only it, for an exact family)."""
        params, expected = dict(params), dict(expected)
        version = self.version(action)
        assert params.pop('Action') == expected.pop('Action', action) == \
            action
        assert params.pop('Version') == expected.pop('Version', version) == \
            version, action
        if self.exact:
            assert params == expected, action
        else:
            assert {key: params.get(key) for key in expected} == expected, \
                action

    def check_calls(self, inprocess, name, argv, calls, replies, stdout):
        """Command NAME with ARGV succeeds quietly, sends exactly the
        requests CALLS lists ([(Action, params)]) and prints STDOUT."""
        code, out, err, sent_ = self.run(inprocess, name, argv, replies)
        assert (code, err) == (0, '')
        assert [params['Action'] for params in sent_] == \
            [action for action, _ in calls]
        for params, (action, expected) in zip(sent_, calls):
            self.check_call(params, action, expected)
        _printed(out, stdout)

    def check(self, inprocess, name, argv, inner, params, stdout):
        """Command NAME with ARGV, answered INNER, succeeds quietly, sends
        one request, for its action, with PARAMS, and prints STDOUT."""
        action = command(name).ACTION
        self.check_calls(inprocess, name, argv, [(action, params)],
                         {action: inner}, stdout)

    def table_test(self, cases):
        """The test of a single-request table: one case a parameter."""
        return _table_test(cases, self.check)

    def calls_test(self, cases):
        """The test of a multi-request table: one case a parameter."""
        return _table_test(cases, self.check_calls)


def _table_test(cases, check):
    cases = _rows(cases)

    @pytest.mark.parametrize('case', cases, ids=_ids(cases))
    def test(inprocess, case):
        check(inprocess, *case)
    return test
