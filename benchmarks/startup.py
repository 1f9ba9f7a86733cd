#!/usr/bin/env python3
"""Start-up cost: euca-describe-instances vs aws ec2 describe-instances.

Both run as fresh processes against the same local moto server holding the
same two instances, interleaved so that machine load hits both alike; the
median of RUNS wall-clock times of each is compared.  Target: ratio <= 0.35.

Needs the project installed with the bench extra (pip install -e '.[bench,test]').
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request

RUNS = int(os.environ.get('RUNS', '9'))
TARGET = 0.35


def free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


def timed(argv, env):
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f'{argv[0]} failed: {proc.stderr.decode()[-500:]}')
    return elapsed


def main():
    scripts = sysconfig.get_path('scripts')
    euca = os.path.join(scripts, 'euca-describe-instances')
    aws = shutil.which('aws', path=scripts + os.pathsep + os.environ['PATH'])
    if not os.path.exists(euca) or not aws:
        sys.exit("install first: pip install -e '.[bench,test]'")
    port = free_port()
    url = f'http://127.0.0.1:{port}/'
    tmp = tempfile.mkdtemp()
    server = subprocess.Popen(
        [sys.executable, '-m', 'moto.server', '-H', '127.0.0.1', '-p',
         str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, MOTO_EC2_LOAD_DEFAULT_AMIS='false'))
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + 'moto-api/', timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        env = {'PATH': os.environ['PATH'], 'HOME': tmp,
               'EC2_URL': url, 'AWS_ACCESS_KEY_ID': 'AKIDBENCH',
               'AWS_SECRET_ACCESS_KEY': 'bench-secret',
               'AWS_DEFAULT_REGION': 'us-east-1',
               'EUCA_CONFIG_PATH': os.path.join(tmp, 'none'),
               'AWS_CONFIG_FILE': os.path.join(tmp, 'none'),
               'AWS_SHARED_CREDENTIALS_FILE': os.path.join(tmp, 'none')}
        subprocess.run([os.path.join(scripts, 'euca-run-instances'), '-n', '2',
                        'ami-12345678'], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        euca_argv = [euca]
        aws_argv = [aws, 'ec2', 'describe-instances', '--endpoint-url', url,
                    '--output', 'text']
        timed(euca_argv, env)    # warm the server's EC2 backend
        timed(aws_argv, env)
        euca_times, aws_times = [], []
        for _ in range(RUNS):
            euca_times.append(timed(euca_argv, env))
            aws_times.append(timed(aws_argv, env))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    euca_median = statistics.median(euca_times)
    aws_median = statistics.median(aws_times)
    ratio = euca_median / aws_median
    print(f'euca-describe-instances   median {euca_median * 1000:7.1f} ms '
          f'over {RUNS} runs')
    print(f'aws ec2 describe-instances median {aws_median * 1000:7.1f} ms '
          f'over {RUNS} runs')
    print(f'ratio {ratio:.3f} (target <= {TARGET}): '
          + ('met' if ratio <= TARGET else 'MISSED'))


if __name__ == '__main__':
    main()
