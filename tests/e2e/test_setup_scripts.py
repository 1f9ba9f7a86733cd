"""What a newcomer runs first: the README's two set-up commands.

The test command must test the same thing on every machine and every day
(its versions pinned), the quick start must end with the user able to type
the commands, and neither may sit silent through its install."""

import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
VENV_PYTHON = ROOT / '.venv' / 'bin' / 'python'


def pins():
    pinned = {}
    for line in (ROOT / 'constraints.txt').read_text().splitlines():
        line = line.split('#')[0].strip()
        if line:
            name, _, version = line.partition('==')
            assert version, f'not an exact pin: {line}'
            pinned[name.lower().replace('_', '-')] = version
    return pinned


def test_the_oracle_botocore_is_pinned_and_installed_at_its_pin():
    """The type tables are compared with botocore's models: a botocore that
    moved on must not turn a clean clone red."""
    botocore = pytest.importorskip('botocore')
    assert pins()['botocore'] == botocore.__version__


def test_both_scripts_install_with_the_constraints():
    text = (ROOT / 'scripts' / '_venv.sh').read_text()
    assert 'pip install -q --disable-pip-version-check \\\n' \
        '        -c constraints.txt' in text
    for script, extra in (('test.sh', 'test'), ('quickstart.sh', 'local')):
        text = (ROOT / 'scripts' / script).read_text()
        assert '. scripts/_venv.sh' in text
        assert f'install_into_venv {extra} ' in text


def test_every_test_dependency_is_pinned():
    namespace = {}
    source = (ROOT / 'setup.py').read_text()
    extras = re.search(r"extras_require=(\{.*?\n        \}),", source,
                       re.DOTALL).group(1)
    exec(f'found = {extras}', namespace)
    wanted = set()
    for requirement in namespace['found']['test'] + \
            namespace['found']['local']:
        wanted.add(re.match(r'[A-Za-z0-9_.-]+', requirement).group()
                   .lower().replace('_', '-'))
    assert wanted - set(pins()) == set()


def test_the_quick_start_installs_no_test_dependencies():
    text = (ROOT / 'scripts' / 'quickstart.sh').read_text()
    assert 'install_into_venv local ' in text
    assert 'install_into_venv test' not in text and '[test]' not in text


@pytest.mark.skipif(not VENV_PYTHON.exists(),
                    reason='the quick start would build a new .venv')
def test_quick_start_ends_saying_how_to_put_the_commands_on_path(tmp_path):
    """After the quick start, the README's next lines (the PATH it prints,
    then a command) work in a new shell that has nothing of ours on PATH."""
    env = {'HOME': str(tmp_path), 'PATH': '/usr/local/bin:/usr/bin:/bin',
           'LANG': 'C.UTF-8', 'PYTHONDONTWRITEBYTECODE': '1'}
    done = subprocess.run(['bash', str(ROOT / 'scripts' / 'quickstart.sh')],
                          env=env, capture_output=True, text=True,
                          timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    steps = [line for line in done.stderr.splitlines()
             if line.startswith('==> ')]
    assert steps[0].startswith('==> installing euca2ools')
    assert steps[-1].startswith('==> starting a local cloud')
    export = done.stdout.rstrip().splitlines()[-1].lstrip('# ')
    assert export == f'export PATH="{ROOT}/.venv/bin:$PATH"'
    typed = subprocess.run(
        ['bash', '-c', f'{export}\neuca-describe-instances --help'],
        env=env, capture_output=True, text=True, timeout=60)
    assert typed.returncode == 0, typed.stderr
    assert typed.stdout.startswith('usage: euca-describe-instances')
    readme = (ROOT / 'README.md').read_text()
    assert 'export PATH="$PWD/.venv/bin:$PATH"' in readme


def test_local_cloud_start_says_where_the_commands_are(tmp_path):
    """scripts/local_cloud.py, run with the venv's Python while its bin is
    not on PATH, prints the export line that puts it there."""
    namespace = {}
    exec(compile((ROOT / 'scripts' / 'local_cloud.py').read_text(),
                 'local_cloud.py', 'exec'), namespace)
    bindir = os.path.dirname(os.path.abspath(sys.executable))
    hint = namespace['path_hint']({'PATH': '/usr/bin:/bin'})
    assert f'export PATH="{bindir}:$PATH"' in hint
    assert namespace['path_hint']({'PATH': f'/usr/bin:{bindir}'}) == ''


@pytest.mark.skipif(not VENV_PYTHON.exists(),
                    reason='the test command would build a new .venv')
def test_the_test_command_says_each_step(tmp_path):
    done = subprocess.run(
        ['bash', str(ROOT / 'scripts' / 'test.sh'), '--collect-only', '-q',
         '-p', 'no:cacheprovider', '-k', 'test_escape'],
        capture_output=True, text=True, timeout=600,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE='1'))
    assert done.returncode == 0, done.stderr
    steps = [line for line in done.stderr.splitlines()
             if line.startswith('==> ')]
    assert [step.split()[1] for step in steps] == ['installing', 'linting',
                                                   'running']
