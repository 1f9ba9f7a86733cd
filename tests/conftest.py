"""Shared fixtures: a moto server on 127.0.0.1 and ways to run commands.

End-to-end tests run the installed console scripts as subprocesses against
one moto server per test session, reset before each test.  In-process tests
(for HTTP paths moto cannot produce) call ``Command.run(argv)`` with
``responses`` mocking the endpoint.
"""

import json
import os
import pathlib
import subprocess
import sys
import sysconfig
import urllib.request

import pytest
import testbed     # scripts/testbed.py (tests/__init__.py puts it on the path)

SCRIPTS_DIR = sysconfig.get_path('scripts')
SERVICE_URL_VARS = ('EC2_URL', 'AWS_ELB_URL', 'AWS_AUTO_SCALING_URL',
                    'AWS_CLOUDWATCH_URL', 'AWS_CLOUDFORMATION_URL',
                    'AWS_IAM_URL', 'TOKEN_URL', 'S3_URL')
# Variables from the developer's shell that would change what commands do.
LEAKY_VARS = ('AWS_', 'EC2_', 'EUCA', 'S3_URL', 'TOKEN_URL')


def clean_environ(home):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(LEAKY_VARS)}
    env['HOME'] = str(home)
    env['EUCA_CONFIG_PATH'] = str(pathlib.Path(home) / '.euca' / '*.ini')
    env['PATH'] = SCRIPTS_DIR + os.pathsep + env.get('PATH', '')
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    # Commands that find no keys ask the instance metadata service last:
    # never the one of the machine the tests run on.
    env['AWS_EC2_METADATA_DISABLED'] = 'true'
    return env


# What an in-process test's own environment reaches instead of
# 169.254.169.254 when it does not disable the metadata service: a closed
# port (the discard port), so nothing answers and nothing waits.
CLOSED_METADATA_URL = 'http://127.0.0.1:9/'


@pytest.fixture(autouse=True)
def _no_real_metadata_service(monkeypatch):
    from euca2ools.core import providers
    monkeypatch.setattr(providers.common, 'IMDS_URL', CLOSED_METADATA_URL)


@pytest.fixture(scope='session')
def moto_server(tmp_path_factory):
    """moto's server on 127.0.0.1 for the session (scripts/testbed.py): its
    URL, without the trailing slash."""
    logdir = tmp_path_factory.mktemp('moto')
    with open(logdir / 'moto_server.log', 'ab') as log:
        try:
            proc, url = testbed.start_moto(
                log=log, preexec_fn=testbed.die_with_parent)
        except testbed.MotoError as err:
            pytest.fail(f'moto server did not start: {err}')
        yield url.rstrip('/')
        testbed.stop_moto(proc)


@pytest.fixture
def aws(moto_server):
    """The moto server, with every backend wiped clean."""
    request = urllib.request.Request(moto_server + '/moto-api/reset',
                                     data=b'', method='POST')
    urllib.request.urlopen(request, timeout=30)
    return moto_server


def _entry_points():
    """{script name: (module, class)} as setup.py generates them."""
    import runpy
    setup_py = pathlib.Path(__file__).parent.parent / 'setup.py'
    namespace = runpy.run_path(str(setup_py), run_name='euca2ools_setup')
    points = {}
    for line in namespace['command_entry_points']():
        name, _, target = line.partition(' = ')
        module, _, attr = target.partition(':')
        points[name] = (module, attr.rpartition('.')[0])
    return points


ENTRY_POINTS = _entry_points()


def command_argv(name):
    """How to run a console script: the installed one, or (for a command
    added since the last `pip install -e .`) its class directly."""
    if os.path.exists(os.path.join(SCRIPTS_DIR, name)):
        return [name]
    module, cls = ENTRY_POINTS[name]
    return [sys.executable, '-c',
            f'import sys; sys.argv[0] = {name!r}; '
            f'from {module} import {cls}; sys.exit({cls}.run())']


class Cli:
    """Runs installed commands in a clean environment."""

    def __init__(self, env, cwd):
        self.env = env
        self.cwd = cwd

    def __call__(self, *argv, input=None, env=None, check=True, timeout=120):
        full_env = dict(self.env, **(env or {}))
        argv = [str(a) for a in argv]
        if argv[0] in ENTRY_POINTS:
            argv = command_argv(argv[0]) + argv[1:]
        proc = subprocess.run(argv, input=input,
                              capture_output=True, text=True, env=full_env,
                              cwd=self.cwd, timeout=timeout)
        if check and proc.returncode != 0:
            raise AssertionError(
                f'{argv} exited {proc.returncode}\nstdout: {proc.stdout}\n'
                f'stderr: {proc.stderr}')
        return proc

    def rows(self, *argv, **kwargs):
        """stdout split into rows of tab-separated fields."""
        out = self(*argv, **kwargs).stdout
        return [line.split('\t') for line in out.splitlines()]

    def json(self, *argv, **kwargs):
        return json.loads(self(*argv, '--output', 'json', **kwargs).stdout)


@pytest.fixture(autouse=True)
def requests_transport(request, monkeypatch):
    """In-process tests talk through `requests` (so `responses` can answer)
    unless marked ``real_http``; subprocesses always use the real transport.
    """
    if request.node.get_closest_marker('real_http'):
        return
    from euca2ools.core import http
    from tests import requests_transport
    monkeypatch.setattr(http.HttpClient, 'send_once',
                        requests_transport.send_once)


@pytest.fixture
def server():
    """A scriptable misbehaving HTTP server on 127.0.0.1
    (tests/hostile_server.py), closed after the test."""
    from tests.hostile_server import HostileServer
    server = HostileServer()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def private_files():
    """Files the tests write are private (umask 077), as a user's config
    files with keys should be: the commands warn, as ssh does, about a
    secret key anyone can read (tests/unit/test_config.py checks that)."""
    old = os.umask(0o077)
    yield
    os.umask(old)


@pytest.fixture
def home(tmp_path):
    path = tmp_path / 'home'
    (path / '.euca').mkdir(parents=True)
    return path


@pytest.fixture
def cli(aws, home, tmp_path):
    """Commands as a user who sourced a eucarc for the moto server."""
    env = clean_environ(home)
    env.update({var: aws + '/' for var in SERVICE_URL_VARS})
    env.update({'EC2_ACCESS_KEY': 'AKIDEXAMPLEEUCARC',
                'EC2_SECRET_KEY': 'eucarc-secret-key',
                'EC2_USER_ID': '123456789012'})
    return Cli(env, tmp_path)


@pytest.fixture
def bare_cli(home, tmp_path):
    """Commands with no credentials or endpoints at all."""
    return Cli(clean_environ(home), tmp_path)


@pytest.fixture
def inprocess(monkeypatch, home, capsys):
    """Run a command class in this process (for `responses` mocks).

    Returns a function: ``run(CommandClass, argv, env=None)`` ->
    (exit code, stdout, stderr).  The endpoint is http://cloud.test/ and
    retries do not sleep.
    """
    from euca2ools.core.http import retry
    monkeypatch.setattr(retry, 'backoff_delay', lambda attempt: 0)
    base = clean_environ(home)
    base.update({var: 'http://cloud.test/' for var in SERVICE_URL_VARS})
    base.update({'AWS_ACCESS_KEY_ID': 'AKIDINPROCESS',
                 'AWS_SECRET_ACCESS_KEY': 'inprocess-secret'})

    def run(command_class, argv, env=None):
        for key in list(os.environ):
            monkeypatch.delenv(key)
        for key, value in dict(base, **(env or {})).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = command_class.run([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run
