"""The edges of a command's process, as a user's shell meets them: standard
output closed, full or abandoned by its reader; SIGTERM and SIGHUP in the
middle of long work."""

import os
import shlex
import signal
import subprocess
import sys
import time

import pytest
from testbed import die_with_parent, make_identities

from tests.conftest import command_argv


def buffered(env):
    """ENV as a user's shell has it: standard output block-buffered (as it
    is for a pipe or a file), whatever the test runner's PYTHONUNBUFFERED."""
    return {k: v for k, v in env.items() if k != 'PYTHONUNBUFFERED'}


def shell(cli, script, **kwargs):
    """Run SCRIPT with bash."""
    return subprocess.run(['bash', '-c', script], capture_output=True,
                          text=True, env=buffered(cli.env), cwd=cli.cwd,
                          timeout=120, **kwargs)


def cmd(name):
    return shlex.join(command_argv(name))


def assert_no_python_noise(err):
    for noise in ('Traceback', 'Exception ignored', 'BrokenPipeError',
                  'internal error'):
        assert noise not in err, err


# -- standard output -------------------------------------------------------

def test_closed_stdout_is_one_line(cli):
    proc = shell(cli, f'{cmd("euca-describe-regions")} >&-')
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ('euca-describe-regions: error: cannot write '
                           'output: standard output is closed\n')


def test_full_stdout_is_one_line(cli):
    proc = shell(cli, f'{cmd("euca-describe-regions")} > /dev/full')
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ('euca-describe-regions: error: cannot write '
                           'output: No space left on device\n')


def test_a_command_with_nothing_to_say_minds_no_closed_stdout(cli):
    proc = shell(cli, f'{cmd("euare-usercreate")} -u dave >&-')
    assert (proc.returncode, proc.stderr) == (0, '')
    assert cli('euare-usergetattributes', '-u', 'dave').stdout


def test_a_reader_that_goes_away_is_no_error(cli):
    child = subprocess.Popen(command_argv('euca-describe-regions'),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=buffered(cli.env), cwd=cli.cwd)
    child.stdout.close()    # before the command has written anything
    err = child.stderr.read().decode()
    assert child.wait(60) == 0 and err == ''


PRINTS_THEN_FAILS = '''
import sys
from euca2ools.core import BaseCommand, ClientError

class PrintsThenFails(BaseCommand):
    COMMAND = 'euca-prints-then-fails'

    def main(self):
        for number in range(100):
            self.emit(f'row {number}')
        raise ClientError('the second half failed')

sys.exit(PrintsThenFails.run([]))
'''


def test_rows_before_a_failure_meet_a_gone_reader_quietly(tmp_path):
    """The rows are still buffered when the command fails; the reader has
    gone: the failure is reported, and nothing else."""
    child = subprocess.Popen([sys.executable, '-c', PRINTS_THEN_FAILS],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=buffered(os.environ), cwd=tmp_path)
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(60) == 1
    assert err == 'euca-prints-then-fails: error: the second half failed\n'


def test_head_takes_one_row_and_nothing_complains(cli):
    cli('euca-run-instances', 'ami-12345678', '-n', '200')
    out = cli('euca-describe-instances').stdout
    assert len(out) > 2 * 65536   # more than a pipe holds
    proc = shell(cli, f'set -o pipefail; {cmd("euca-describe-instances")} '
                      '| head -1')
    assert proc.stdout.startswith('RESERVATION\t')
    assert proc.stdout.count('\n') == 1
    assert proc.stderr == ''
    assert proc.returncode == 0


# -- SIGTERM and SIGHUP ----------------------------------------------------

@pytest.fixture(scope='module')
def big_image(tmp_path_factory):
    path = tmp_path_factory.mktemp('big') / 'big.img'
    with open(path, 'wb') as out:
        for _ in range(150):
            out.write(os.urandom(1 << 20))
    return path


@pytest.fixture(scope='module')
def identities(tmp_path_factory):
    return make_identities(tmp_path_factory.mktemp('ids'))


@pytest.mark.parametrize('signum, code', [(signal.SIGTERM, 143),
                                          (signal.SIGHUP, 129)])
def test_a_stopped_bundle_leaves_nothing(bare_cli, big_image, identities,
                                         tmp_path, signum, code):
    dest = tmp_path / 'dest'
    tmpdir = tmp_path / 'tmp'
    dest.mkdir()
    tmpdir.mkdir()
    env = dict(bare_cli.env, EC2_CERT=identities['user'][1],
               EC2_PRIVATE_KEY=identities['user'][0],
               EC2_USER_ID='1111-2222-3333',
               EUCALYPTUS_CERT=identities['cloud'][1], TMPDIR=str(tmpdir))
    child = subprocess.Popen(
        command_argv('euca-bundle-image') + [
            '-i', big_image, '-r', 'x86_64', '-d', dest, '--no-progress'],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        preexec_fn=die_with_parent)
    try:
        deadline = time.monotonic() + 60
        while not any(dest.iterdir()):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, 'no part was ever written'
            time.sleep(0.02)
        child.send_signal(signum)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == code, err
    assert err.decode() == (f'euca-bundle-image: stopped by '
                            f'{signal.Signals(signum).name}\n')
    assert list(dest.iterdir()) == [] and list(tmpdir.iterdir()) == []
