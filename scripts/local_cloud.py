#!/usr/bin/env python3
"""A local cloud to keep using: moto on 127.0.0.1 and a eucarc for it.

    python scripts/local_cloud.py start [--dir DIR] [--port PORT]
    source DIR/eucarc            # every service URL, keys, bundling certs
    python scripts/local_cloud.py stop [--dir DIR]

DIR defaults to ~/.euca/local-cloud.  The eucarc sets every service's URL
(EC2, S3, ELB, Auto Scaling, CloudWatch, IAM, STS, CloudFormation), an access
key, and a freshly generated bundling identity: EC2_CERT/EC2_PRIVATE_KEY (the
user's certificate and key), EUCALYPTUS_CERT (a stand-in cloud certificate)
and EC2_USER_ID, so euca-bundle-image and friends work too.  The server runs
in its own session and outlives this script; `stop` ends it.

Needs moto[server] and cryptography (`pip install -e '.[local]'`, which
scripts/quickstart.sh runs).
"""

import argparse
import os
import pathlib
import signal
import sys
import time

import testbed     # scripts/testbed.py, beside this script

DEFAULT_DIR = pathlib.Path('~/.euca/local-cloud').expanduser()
ACCOUNT_ID = '123456789012'
URL_VARIABLES = ('EC2_URL', 'S3_URL', 'AWS_ELB_URL', 'AWS_AUTO_SCALING_URL',
                 'AWS_CLOUDWATCH_URL', 'AWS_IAM_URL', 'TOKEN_URL',
                 'AWS_CLOUDFORMATION_URL')


def running_pid(directory):
    """The server's PID if it is still running, else None."""
    try:
        pid = int((directory / 'moto.pid').read_text())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def start(directory, port):
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    if running_pid(directory):
        sys.exit(f'a local cloud already runs from {directory}; stop it '
                 f'first: {sys.executable} {__file__} stop --dir {directory}')
    try:
        with open(directory / 'moto.log', 'wb') as log:
            server, url = testbed.start_moto(port, log=log,
                                             start_new_session=True)
    except testbed.MotoError as err:
        sys.exit(f'{err}; see {directory / "moto.log"}')
    (directory / 'moto.pid').write_text(str(server.pid))
    user_key, user_cert = testbed.make_identity(directory, 'user')
    _, cloud_cert = testbed.make_identity(directory, 'cloud')
    lines = [f'export {var}={url}' for var in URL_VARIABLES] + [
        'export EC2_ACCESS_KEY=AKIDLOCALCLOUD',
        'export EC2_SECRET_KEY=local-cloud-secret',
        f'export EC2_USER_ID={ACCOUNT_ID}',
        f'export EC2_CERT={user_cert}',
        f'export EC2_PRIVATE_KEY={user_key}',
        f'export EUCALYPTUS_CERT={cloud_cert}',
    ]
    eucarc = directory / 'eucarc'
    eucarc.write_text('# A local cloud: moto on 127.0.0.1 '
                      f'(pid {server.pid})\n' + '\n'.join(lines) + '\n')
    print(f'A local cloud runs at {url} (moto, pid {server.pid}).\n'
          f'Use it:   source {eucarc}\n'
          f'Stop it:  {sys.executable} {__file__} stop --dir {directory}')
    print(path_hint(), end='')


def path_hint(environ=os.environ):
    """How to put the commands on PATH, when the folder this Python's
    console scripts went to (the venv's bin) is not on it yet."""
    bindir = os.path.dirname(os.path.abspath(sys.executable))
    if bindir in environ.get('PATH', '').split(os.pathsep):
        return ''
    return (f'Commands: export PATH="{bindir}:$PATH"   (the euca2ools '
            'commands are there)\n')


def stop(directory):
    pid = running_pid(directory)
    if pid is None:
        print(f'no local cloud runs from {directory}')
        return
    os.killpg(pid, signal.SIGTERM)
    for _ in range(50):
        if running_pid(directory) is None:
            break
        time.sleep(0.1)
    (directory / 'moto.pid').unlink(missing_ok=True)
    print(f'stopped the local cloud (pid {pid})')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('action', choices=('start', 'stop'))
    parser.add_argument('--dir', type=pathlib.Path, default=DEFAULT_DIR,
                        help=f'where the eucarc, keys and server state live '
                             f'(default {DEFAULT_DIR})')
    parser.add_argument('--port', type=int, default=0,
                        help='port on 127.0.0.1 (default: a free one)')
    args = parser.parse_args()
    if args.action == 'start':
        start(args.dir.expanduser(), args.port)
    else:
        stop(args.dir.expanduser())


if __name__ == '__main__':
    main()
