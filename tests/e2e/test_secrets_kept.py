"""A secret the server made is never lost (issue 21, point 3): when the
private key of a new key pair cannot be saved -- a full disk, a full or
closed output -- the key pair is deleted again and the error says so, so
that running the command again works."""

import shlex
import subprocess

from tests.conftest import command_argv


def keypairs(cli):
    return [row[1] for row in cli.rows('euca-describe-keypairs')]


def shell(cli, script):
    return subprocess.run(['bash', '-c', script], capture_output=True,
                          text=True, env=cli.env, cwd=cli.cwd, timeout=120)


def create_keypair(*args):
    return shlex.join(command_argv('euca-create-keypair')
                      + [str(arg) for arg in args])


def test_a_key_file_on_a_full_disk_deletes_the_key_pair(cli, tmp_path):
    keyfile = tmp_path / 'k1.pem'
    # ulimit -f 0: every write fails with EFBIG, as on a full disk.
    done = shell(cli, f'ulimit -f 0; {create_keypair("-f", keyfile, "k1")}')
    assert done.returncode == 1
    assert done.stderr == (
        'euca-create-keypair: error: the private key could not be saved in '
        f"{keyfile}: File too large; the key pair 'k1' was deleted\n")
    assert not keyfile.exists()
    assert keypairs(cli) == []
    cli('euca-create-keypair', '-f', keyfile, 'k1')    # the retry works
    assert keypairs(cli) == ['k1']


def test_a_full_output_deletes_the_key_pair(cli):
    done = shell(cli, f'{create_keypair("k2")} > /dev/full')
    assert done.returncode == 1
    assert done.stderr == (
        'euca-create-keypair: error: the private key could not be printed '
        "(No space left on device); the key pair 'k2' was deleted\n")
    assert keypairs(cli) == []


def test_an_existing_key_file_is_never_touched(cli, tmp_path):
    keyfile = tmp_path / 'old.pem'
    keyfile.write_text('my old key\n')
    proc = cli('euca-create-keypair', '-f', keyfile, 'k3', check=False)
    assert proc.returncode == 1
    assert keyfile.read_text() == 'my old key\n'
    assert keypairs(cli) == []
