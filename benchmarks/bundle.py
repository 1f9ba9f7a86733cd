#!/usr/bin/env python3
"""Bundle and unbundle throughput: euca-bundle-image / euca-unbundle against
the shell pipelines a user would otherwise run, same file, same run.

    tar | gzip -6 | openssl enc -aes-128-cbc | split     (target: ours >= 1.8x)
    tar | pigz -6 | openssl enc -aes-128-cbc | split     (target: ours >= 1.0x)
    cat parts | openssl enc -d | gzip -d | tar x         (target: ours >= 1.0x)
    peak RSS of euca-bundle-image / euca-unbundle on a 2 GiB image  (< 300 MB)

The image is "half compressible": alternating 64 KiB blocks of random bytes
and zeros.  Each tool runs as a fresh process, interleaved, RUNS times; the
best wall-clock time of each is compared (the host may be shared).  Tools
that are not installed (pigz, openssl, gzip) are skipped with a note.

Environment: SIZE_MB (1024), RSS_SIZE_MB (2048; 0 skips), RUNS (3),
WORKDIR (default: a temporary directory under /var/tmp).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
from _common import make_identity   # noqa: E402  (same directory)

SIZE_MB = int(os.environ.get('SIZE_MB', '1024'))
RSS_SIZE_MB = int(os.environ.get('RSS_SIZE_MB', '2048'))
RUNS = int(os.environ.get('RUNS', '3'))
KEY = '00112233445566778899aabbccddeeff'
IV = 'ffeeddccbbaa99887766554433221100'
PART = 10 * 1024 * 1024


def make_image(path, size_mb):
    block = 64 * 1024
    zeros = bytes(block)
    with open(path, 'wb') as fileobj:
        for _ in range(size_mb * 1024 * 1024 // (2 * block)):
            fileobj.write(os.urandom(block))
            fileobj.write(zeros)


def command(name, module, cls):
    import sysconfig
    script = os.path.join(sysconfig.get_path('scripts'), name)
    if os.path.exists(script):
        return [script]
    return [sys.executable, '-c',
            f'import sys; sys.argv[0] = {name!r}; from {module} import {cls}; '
            f'sys.exit({cls}.run())']


def run(argv, shell=False, cwd=None):
    """(seconds, peak RSS in MB) of one process tree's leader."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, shell=shell, cwd=cwd,
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if proc.returncode != 0:
        sys.exit(f'failed ({proc.returncode}): {argv}\n{err}')
    return elapsed, usage.ru_maxrss / 1024


def clear(directory):
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)


def main():
    base = os.environ.get('WORKDIR') or tempfile.mkdtemp(
        prefix='bundle-bench-', dir='/var/tmp')
    os.makedirs(base, exist_ok=True)
    key, cert = make_identity(base, 'bench')
    image = os.path.join(base, 'image.img')
    print(f'making a {SIZE_MB} MiB half-compressible image in {base}')
    make_image(image, SIZE_MB)
    size = os.path.getsize(image)
    have = {tool: shutil.which(tool) for tool in
            ('tar', 'gzip', 'pigz', 'openssl', 'split')}
    for tool, path in have.items():
        if not path:
            print(f'note: {tool} is not installed; pipelines using it are '
                  'skipped')
    ours_dir = os.path.join(base, 'ours')
    shell_dir = os.path.join(base, 'shell')
    back = os.path.join(base, 'back')
    bundle = command('euca-bundle-image',
                     'euca2ools.commands.bundle.bundleimage', 'BundleImage')
    unbundle = command('euca-unbundle', 'euca2ools.commands.bundle.unbundle',
                       'Unbundle')
    ours_bundle = bundle + [
        '-i', image, '-r', 'x86_64', '-d', ours_dir, '--ec2cert', cert,
        '-c', cert, '-k', key, '-u', '123456789012', '--enc-key', KEY,
        '--enc-iv', IV, '--no-progress']
    enc = f'openssl enc -e -aes-128-cbc -K {KEY} -iv {IV}'
    src_dir, name = os.path.split(image)
    pipelines = {}
    if all(have[t] for t in ('tar', 'gzip', 'openssl', 'split')):
        pipelines['tar|gzip -6|openssl|split'] = (
            f'tar -cf - -C {src_dir} {name} | gzip -6 | {enc} | '
            f'split -b {PART} - {shell_dir}/{name}.part.')
    if all(have[t] for t in ('tar', 'pigz', 'openssl', 'split')):
        pipelines['tar|pigz -6|openssl|split'] = (
            f'tar -cf - -C {src_dir} {name} | pigz -6 | {enc} | '
            f'split -b {PART} - {shell_dir}/{name}.part.')
    best = {}

    def record(label, seconds):
        best[label] = min(best.get(label, seconds), seconds)

    for _ in range(RUNS):
        clear(ours_dir)
        record('ours bundle', run(ours_bundle)[0])
        for label, pipeline in pipelines.items():
            clear(shell_dir)
            record(label, run(pipeline, shell=True)[0])
    manifest = os.path.join(ours_dir, name + '.manifest.xml')
    ours_unbundle = unbundle + ['-m', manifest, '-s', ours_dir, '-d', back,
                                '-k', key, '-c', cert, '--no-progress']
    shell_unbundle = None
    if all(have[t] for t in ('tar', 'gzip', 'openssl')):
        shell_unbundle = (
            f'cat {ours_dir}/{name}.part.* | openssl enc -d -aes-128-cbc '
            f'-K {KEY} -iv {IV} | gzip -d | tar -xf - -C {back}')
    for _ in range(RUNS):
        clear(back)
        record('ours unbundle', run(ours_unbundle)[0])
        if shell_unbundle:
            clear(back)
            record('cat|openssl -d|gzip -d|tar x', run(shell_unbundle,
                                                       shell=True)[0])
    with open(image, 'rb') as left, \
            open(os.path.join(back, name), 'rb') as right:
        while True:
            a, b = left.read(1 << 20), right.read(1 << 20)
            if a != b:
                sys.exit('the unbundled image differs from the original')
            if not a:
                break

    print(f'\nimage {size / 2 ** 20:.0f} MiB; best of {RUNS} runs '
          '(MB/s = 10^6 bytes of image per second)')
    for label, seconds in best.items():
        print(f'  {label:32} {seconds:7.2f} s  {size / seconds / 1e6:7.1f} '
              'MB/s')
    print()
    checks = [('ours bundle', 'tar|gzip -6|openssl|split', 1.8),
              ('ours bundle', 'tar|pigz -6|openssl|split', 1.0),
              ('ours unbundle', 'cat|openssl -d|gzip -d|tar x', 1.0)]
    failed = False
    for ours, theirs, target in checks:
        if theirs not in best:
            print(f'  {ours} vs {theirs}: skipped (tool missing)')
            continue
        ratio = best[theirs] / best[ours]
        ok = ratio >= target
        failed |= not ok
        print(f'  {ours} vs {theirs}: {ratio:.2f}x throughput '
              f'(target >= {target}x) {"OK" if ok else "MISSED"}')

    if RSS_SIZE_MB:
        big = os.path.join(base, 'big.img')
        make_image(big, RSS_SIZE_MB)
        clear(ours_dir)
        _, rss_bundle = run(bundle + [
            '-i', big, '-r', 'x86_64', '-d', ours_dir, '--ec2cert', cert,
            '-u', '1', '--no-progress'])
        os.unlink(big)
        clear(back)
        _, rss_unbundle = run(unbundle + [
            '-m', os.path.join(ours_dir, 'big.img.manifest.xml'), '-s',
            ours_dir, '-d', back, '-k', key, '--no-progress'])
        clear(back)
        for label, rss in (('bundle', rss_bundle),
                           ('unbundle', rss_unbundle)):
            ok = rss < 300
            failed |= not ok
            print(f'  peak RSS of {label}, {RSS_SIZE_MB} MiB image: '
                  f'{rss:.0f} MB (target < 300 MB) {"OK" if ok else "MISSED"}')
    if not os.environ.get('WORKDIR'):
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
