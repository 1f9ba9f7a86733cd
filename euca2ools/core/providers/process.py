"""A profile's credential_process."""

from ..errors import ClientError, printable
from . import common
from .common import (PROCESS_OUTPUT_LIMIT, _check_values, _credentials,
                     _json_answer)


def run_process(environ, profile, options, context=None):
    """Run the profile's credential_process and read its JSON."""
    import shlex
    import subprocess
    import threading
    command, where = options['credential_process']
    what = f'credential_process of ~/.aws profile {profile!r}'
    try:
        argv = shlex.split(command)
    except ValueError as err:
        raise ClientError(f'{where}: cannot split the command ({err})')
    if not argv:
        raise ClientError(f'{where} is empty')
    env = getattr(environ, '_environ', environ)
    try:
        # Its standard input is not the command's (which may be reading
        # a password or user data from it); its errors go to ours.
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, env=dict(env))
    except OSError as err:
        raise ClientError(f'cannot run the {what} ({argv[0]}): '
                          f'{err.strerror or err}')
    killed = []

    def kill():
        killed.append(True)
        proc.kill()

    timer = threading.Timer(common.PROCESS_TIMEOUT, kill)
    timer.daemon = True
    timer.start()
    try:
        output = proc.stdout.read(PROCESS_OUTPUT_LIMIT + 1)
        if len(output) > PROCESS_OUTPUT_LIMIT:
            proc.kill()
        status = proc.wait()
    finally:
        timer.cancel()
        proc.stdout.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if killed:
        raise ClientError(f'the {what} did not finish within '
                          f'{common.PROCESS_TIMEOUT:g} seconds')
    if len(output) > PROCESS_OUTPUT_LIMIT:
        raise ClientError(f'the {what} printed more than '
                          f'{PROCESS_OUTPUT_LIMIT} bytes')
    if status != 0:
        raise ClientError(f'the {what} failed (exit status {status})')
    values = _json_answer(output, f'the {what}', 'printed')
    if values.get('Version') != 1:
        raise ClientError(f'the {what} printed Version '
                          f'{printable(str(values.get("Version")), 20)}, '
                          'not 1')
    values = _check_values(
        {name: values.get(name) for name in (
            'AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration')},
        f'the {what}')
    return _credentials(values, what)
