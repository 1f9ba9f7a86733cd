#!/usr/bin/env python3
"""Bundle upload: euca-upload-bundle vs `aws s3 cp --recursive`, same parts.

A bundle of SIZE_MB of random data (10 MiB parts) is made once; then, in
the same run and against the same local moto S3, each tool uploads the
parts (euca2ools: parts + manifest) as a fresh process, interleaved RUNS
times; the median wall-clock times are compared.  Target: ratio <= 1.0.

Needs moto[server] and awscli in the environment (the project's .venv).
"""

import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile

RUNS = int(os.environ.get('RUNS', '3'))
SIZE_MB = int(os.environ.get('SIZE_MB', '120'))
TARGET = 1.0
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _common import make_identity, moto_server, timed  # noqa: E402


def make_bundle(workdir):
    sys.path.insert(0, os.path.dirname(HERE))
    from euca2ools.bundle import create_bundle
    _, cloud_cert = make_identity(workdir, 'cloud')
    image = os.path.join(workdir, 'bench.img')
    with open(image, 'wb') as fileobj:
        for _ in range(SIZE_MB):
            fileobj.write(os.urandom(1024 * 1024))
    parts_dir = os.path.join(workdir, 'parts')
    os.mkdir(parts_dir)
    result = create_bundle(image, parts_dir, 'x86_64',
                           ec2cert=cloud_cert, user='123456789012')
    os.unlink(image)
    return result.manifest_path, parts_dir


def main():
    scripts = sysconfig.get_path('scripts')
    aws = shutil.which('aws', path=scripts + os.pathsep + os.environ['PATH'])
    if not aws:
        sys.exit('awscli is not installed')
    euca = os.path.join(scripts, 'euca-upload-bundle')
    if os.path.exists(euca):
        euca = [euca]
    else:   # not installed yet: run the class
        euca = [sys.executable, '-c',
                'import sys; from euca2ools.commands.bundle.uploadbundle '
                'import UploadBundle; sys.exit(UploadBundle.run())']
    workdir = tempfile.mkdtemp()
    with moto_server() as url:
        manifest, parts_dir = make_bundle(workdir)
        nparts = len([n for n in os.listdir(parts_dir) if '.part.' in n])
        env = dict(os.environ, S3_URL=url, AWS_ACCESS_KEY_ID='AKIDBENCH',
                   AWS_SECRET_ACCESS_KEY='bench-secret',
                   AWS_DEFAULT_REGION='us-east-1',
                   EUCA_CONFIG_PATH=os.path.join(workdir, 'none.ini'),
                   PYTHONPATH=os.path.dirname(HERE))
        subprocess.run([aws, '--endpoint-url', url, 's3', 'mb',
                        's3://awsbench'], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        euca_times, aws_times = [], []
        for run in range(RUNS):
            euca_times.append(timed(euca + [
                '-b', f'eucabench/run{run}', '-m', manifest,
                '--no-progress'], env))
            aws_times.append(timed([
                aws, '--endpoint-url', url, 's3', 'cp', '--recursive',
                '--only-show-errors', '--no-progress', parts_dir,
                f's3://awsbench/run{run}/'], env))
    shutil.rmtree(workdir, ignore_errors=True)
    euca_med = statistics.median(euca_times)
    aws_med = statistics.median(aws_times)
    ratio = euca_med / aws_med
    print(f'{nparts} parts, {SIZE_MB} MiB of image, {RUNS} runs each')
    print(f'euca-upload-bundle     median {euca_med:.2f}s  '
          f'{[round(t, 2) for t in euca_times]}')
    print(f'aws s3 cp --recursive  median {aws_med:.2f}s  '
          f'{[round(t, 2) for t in aws_times]}')
    print(f'ratio {ratio:.2f} (target <= {TARGET})')
    return 0 if ratio <= TARGET else 1


if __name__ == '__main__':
    sys.exit(main())
