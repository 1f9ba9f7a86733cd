"""The local cloud newcomers keep using: scripts/local_cloud.py starts moto,
writes a eucarc that serves every family and bundling, and stops it."""

import pathlib
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import clean_environ

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / 'scripts' / \
    'local_cloud.py'


@pytest.fixture
def local_cloud(tmp_path, home):
    cloud = tmp_path / 'cloud'
    env = clean_environ(home)
    started = subprocess.run([sys.executable, SCRIPT, 'start', '--dir',
                              cloud], env=env, capture_output=True, text=True,
                             timeout=120)
    assert started.returncode == 0, started.stderr
    yield cloud, env, started.stdout
    subprocess.run([sys.executable, SCRIPT, 'stop', '--dir', cloud], env=env,
                   capture_output=True, timeout=60)


def in_cloud(cloud, env, script):
    """Run a bash script after sourcing the eucarc; return its stdout."""
    done = subprocess.run(['bash', '-euc', f'source {cloud}/eucarc\n{script}'],
                          env=env, capture_output=True, text=True,
                          timeout=300, cwd=cloud)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_every_family_and_bundling_work_from_the_eucarc(local_cloud):
    cloud, env, said = local_cloud
    assert f'source {cloud}/eucarc' in said and 'stop --dir' in said
    eucarc = (cloud / 'eucarc').read_text()
    for var in ('EC2_URL', 'S3_URL', 'AWS_ELB_URL', 'AWS_AUTO_SCALING_URL',
                'AWS_CLOUDWATCH_URL', 'AWS_IAM_URL', 'TOKEN_URL',
                'AWS_CLOUDFORMATION_URL', 'EC2_CERT', 'EC2_PRIVATE_KEY',
                'EUCALYPTUS_CERT', 'EC2_USER_ID'):
        assert f'export {var}=' in eucarc
    assert oct((cloud / 'user-pk.pem').stat().st_mode & 0o777) == '0o600'
    out = in_cloud(cloud, env, '''
        eulb-create-lb -l "lb-port=80, protocol=HTTP, instance-port=80" \
            -z us-east-1a web
        eulb-describe-lbs
        euscale-create-launch-config -i ami-12345678 -t m1.small lc
        euscale-describe-launch-configs
        euwatch-put-data -n Local -m Hits -v 3
        euare-usercreate -u alice
        euare-userlistbypath
        euform-describe-stacks
        euca-describe-availability-zones
        head -c 1048576 /dev/urandom > disk.img
        euca-bundle-image -i disk.img -r x86_64 -d bundle --no-progress
        euca-upload-bundle -b images -m bundle/disk.img.manifest.xml \
            --no-progress
        euca-register images/disk.img.manifest.xml -n disk -a x86_64
    ''')
    assert 'LOAD_BALANCER\tweb' in out
    assert 'LAUNCH-CONFIG\tlc' in out
    assert 'user/alice' in out
    assert 'IMAGE\tami-' in out


def test_stop_ends_the_server(local_cloud):
    cloud, env, _ = local_cloud
    url = next(line.split('=', 1)[1] for line in
               (cloud / 'eucarc').read_text().splitlines()
               if line.startswith('export EC2_URL='))
    urllib.request.urlopen(url + 'moto-api/', timeout=5)
    stopped = subprocess.run([sys.executable, SCRIPT, 'stop', '--dir', cloud],
                             env=env, capture_output=True, text=True,
                             timeout=60)
    assert stopped.returncode == 0 and 'stopped' in stopped.stdout
    with pytest.raises(OSError):
        urllib.request.urlopen(url + 'moto-api/', timeout=5)
    assert not (cloud / 'moto.pid').exists()
