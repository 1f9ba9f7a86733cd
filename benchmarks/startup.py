#!/usr/bin/env python3
"""Start-up cost: euca-describe-instances vs aws ec2 describe-instances.

Both run as fresh processes against the same local moto server holding the
same two instances, interleaved so that machine load hits both alike; the
median of RUNS wall-clock times of each is compared.  Target: ratio <= 0.15.

Also reported, each against its aws-cli counterpart in the same rounds:
``--help``, an ELB describe and an IAM list; and the floor: a bare Python
process that imports http.client and xml.etree and makes one POST.

Needs the project installed with the bench extra
(pip install -e '.[bench,test]').
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import clean_env, moto_server, timed, tools  # noqa: E402

RUNS = int(os.environ.get('RUNS', '9'))
TARGET = 0.15
FLOOR = '''
import http.client, sys, urllib.parse, xml.etree.ElementTree
parts = urllib.parse.urlsplit(sys.argv[1])
conn = http.client.HTTPConnection(parts.hostname, parts.port)
conn.request('POST', '/', b'Action=DescribeInstances&Version=2016-11-15',
             {'Content-Type': 'application/x-www-form-urlencoded'})
xml.etree.ElementTree.fromstring(conn.getresponse().read())
'''


def main():
    scripts, euca, aws = tools('bench,test')
    tmp = tempfile.mkdtemp()
    with moto_server() as url:
        env = clean_env(tmp, EC2_URL=url)
        subprocess.run([os.path.join(scripts, 'euca-run-instances'), '-n', '2',
                        'ami-12345678'], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        pairs = {
            'euca-describe-instances': (
                [euca], [aws, 'ec2', 'describe-instances', '--endpoint-url',
                         url, '--output', 'text']),
            'euca-describe-instances --help': (
                [euca, '--help'], [aws, 'ec2', 'describe-instances', 'help']),
            'eulb-describe-lbs': (
                [os.path.join(scripts, 'eulb-describe-lbs')],
                [aws, 'elb', 'describe-load-balancers', '--endpoint-url',
                 url, '--output', 'text']),
            'euare-userlistbypath': (
                [os.path.join(scripts, 'euare-userlistbypath')],
                [aws, 'iam', 'list-users', '--endpoint-url', url,
                 '--output', 'text']),
            'floor: http.client + xml.etree POST': (
                [sys.executable, '-c', FLOOR, url],
                [aws, 'ec2', 'describe-instances', '--endpoint-url', url,
                 '--output', 'text']),
        }
        env.update(AWS_ELB_URL=url, AWS_IAM_URL=url, PAGER='cat')
        for ours, theirs in pairs.values():   # warm the server's backends
            timed(ours, env)
            timed(theirs, env)
        times = {name: ([], []) for name in pairs}
        for _ in range(RUNS):
            for name, (ours, theirs) in pairs.items():
                times[name][0].append(timed(ours, env))
                times[name][1].append(timed(theirs, env))
    shutil.rmtree(tmp, ignore_errors=True)
    for name, (ours, theirs) in times.items():
        ratio = statistics.median(ours) / statistics.median(theirs)
        verdict = ''
        if name == 'euca-describe-instances':
            verdict = f' (target <= {TARGET}): ' + (
                'met' if ratio <= TARGET else 'MISSED')
        print(f'{name:38} {statistics.median(ours) * 1000:7.1f} ms vs aws '
              f'{statistics.median(theirs) * 1000:7.1f} ms: ratio '
              f'{ratio:.3f}{verdict}')


if __name__ == '__main__':
    main()
