"""What the benchmark scripts share: a local moto server and a timer."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


def tools(extra='bench'):
    """(scripts dir, euca-describe-instances, aws) or exit saying how to
    install them."""
    import shutil
    import sysconfig
    scripts = sysconfig.get_path('scripts')
    euca = os.path.join(scripts, 'euca-describe-instances')
    aws = shutil.which('aws', path=scripts + os.pathsep + os.environ['PATH'])
    if not os.path.exists(euca) or not aws:
        sys.exit(f"install first: pip install -e '.[{extra}]'")
    return scripts, euca, aws


def clean_env(home, **extra):
    """An environment that reads no user's config: keys for both tools,
    config paths pointing nowhere, HOME a scratch directory."""
    none = os.path.join(home, 'none')
    return {'PATH': os.environ['PATH'], 'HOME': home,
            'AWS_ACCESS_KEY_ID': 'AKIDBENCH',
            'AWS_SECRET_ACCESS_KEY': 'bench-secret',
            'AWS_DEFAULT_REGION': 'us-east-1', 'EUCA_CONFIG_PATH': none,
            'AWS_CONFIG_FILE': none, 'AWS_SHARED_CREDENTIALS_FILE': none,
            **extra}


def timed(argv, env):
    """Wall-clock seconds of one run of argv (which must succeed)."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f'{argv[0]} failed: {proc.stderr.decode()[-500:]}')
    return elapsed


@contextlib.contextmanager
def moto_server():
    """A moto server on 127.0.0.1 for the duration; yields its URL."""
    port = free_port()
    url = f'http://127.0.0.1:{port}/'
    server = subprocess.Popen(
        [sys.executable, '-m', 'moto.server', '-H', '127.0.0.1', '-p',
         str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, MOTO_EC2_LOAD_DEFAULT_AMIS='false'))
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + 'moto-api/', timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        else:
            sys.exit('moto server did not start')
        yield url
    finally:
        server.terminate()
        server.wait()
