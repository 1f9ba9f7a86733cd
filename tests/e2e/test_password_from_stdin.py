"""A password prompt in a script: with standard input not a terminal, one
line is read from it, silently, with no retype and no GetPassWarning.  On a
terminal: a prompt and a retype."""

import os

from tests.conftest import command_argv


def test_a_password_on_a_pipe_is_one_silent_line(cli):
    cli('euare-usercreate', '-u', 'bob')
    proc = cli('euare-useraddloginprofile', '-u', 'bob',
               input='s3cret-Passw0rd\n')
    assert proc.stderr == '' and proc.stdout == ''
    assert cli.rows('euare-usergetloginprofile', '-u', 'bob') != []
    # Nothing on stdin is an error, not a hang or a warning.
    cli('euare-usercreate', '-u', 'carol')
    proc = cli('euare-useraddloginprofile', '-u', 'carol', input='',
               check=False)
    assert proc.returncode == 1
    assert proc.stderr == ('euare-useraddloginprofile: error: no password '
                           'given: standard input had no line (use '
                           '-p/--password)\n')


def _talk(argv, env, answers, timeout=60):
    """Run ARGV on a new pseudo-terminal; answer each prompt (a substring of
    the output) in turn; return (exit code, everything shown)."""
    import pty
    import select
    import time
    pid, fd = pty.fork()
    if pid == 0:    # the child: the pty is its controlling terminal
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    shown = b''
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:     # EIO: the child has gone
                    break
                if not chunk:
                    break
                shown += chunk
            if pending and pending[0][0].encode() in shown:
                os.write(fd, pending.pop(0)[1].encode() + b'\n')
                shown += b'<answered>'
        else:
            os.kill(pid, 9)
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode(errors='replace')


def test_a_terminal_still_gets_a_prompt_and_a_retype(cli):
    cli('euare-usercreate', '-u', 'erin')
    argv = command_argv('euare-useraddloginprofile') + ['-u', 'erin']
    code, shown = _talk(argv, cli.env, [('New password: ', 'Passw0rd-1'),
                                       ('Retype new password: ',
                                        'Passw0rd-1')])
    assert code == 0, shown
    assert 'Passw0rd' not in shown    # not echoed
    assert cli.rows('euare-usergetloginprofile', '-u', 'erin') != []
    cli('euare-usercreate', '-u', 'fred')
    argv = command_argv('euare-useraddloginprofile') + ['-u', 'fred']
    code, shown = _talk(argv, cli.env, [('New password: ', 'one'),
                                       ('Retype new password: ', 'two')])
    assert code == 1 and 'passwords do not match' in shown
