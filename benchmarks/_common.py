"""What the benchmark scripts share: the tools, a clean environment and a
timer; a local moto server and throwaway identities come from
scripts/testbed.py (moto_server, make_identity), which the test suite and
scripts/local_cloud.py use too."""

import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.append(os.path.join(ROOT, 'scripts'))
from testbed import make_identity, moto_server  # noqa: E402

__all__ = ['clean_env', 'make_identity', 'moto_server', 'timed', 'tools']


def tools(extra='bench', need_aws=True):
    """(scripts dir, euca-describe-instances, aws) or exit saying how to
    install them (aws is None when it is not installed and not needed)."""
    import shutil
    import sysconfig
    scripts = sysconfig.get_path('scripts')
    euca = os.path.join(scripts, 'euca-describe-instances')
    aws = shutil.which('aws', path=scripts + os.pathsep + os.environ['PATH'])
    if not os.path.exists(euca) or (need_aws and not aws):
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
