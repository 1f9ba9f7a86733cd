#!/usr/bin/env python3
"""Start-up cost: euca-describe-instances vs aws ec2 describe-instances.

Both run as fresh processes against the same local moto server holding the
same two instances, interleaved so that machine load hits both alike; the
median of RUNS wall-clock times of each is compared.  Target: ratio <= 0.35.

Needs the project installed with the bench extra (pip install -e '.[bench,test]').
"""

import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import moto_server, timed   # noqa: E402  (same directory)

RUNS = int(os.environ.get('RUNS', '9'))
TARGET = 0.35


def main():
    scripts = sysconfig.get_path('scripts')
    euca = os.path.join(scripts, 'euca-describe-instances')
    aws = shutil.which('aws', path=scripts + os.pathsep + os.environ['PATH'])
    if not os.path.exists(euca) or not aws:
        sys.exit("install first: pip install -e '.[bench,test]'")
    tmp = tempfile.mkdtemp()
    with moto_server() as url:
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
