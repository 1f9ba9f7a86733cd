"""The local bundle commands: euca-bundle-image, euca-unbundle,
euca-unbundle-stream and euca-bundle-vol, with credentials from options,
the environment and config files."""

import os
import random
import re
import shutil
import subprocess

import pytest
from testbed import make_identities

from euca2ools.commands.bundle.bundleimage import BundleImage
from euca2ools.commands.bundle.bundlevol import BundleVolume
from euca2ools.commands.bundle.unbundle import Unbundle
from euca2ools.commands.bundle.unbundlestream import UnbundleStream

from tests.conftest import command_argv

KEY = '0123456789abcdef0123456789abcdef'
IV = 'fedcba9876543210fedcba9876543210'


@pytest.fixture(scope='module')
def ids(tmp_path_factory):
    return make_identities(tmp_path_factory.mktemp('ids'))


@pytest.fixture
def image(tmp_path):
    rnd = random.Random(3)
    data = b''.join(rnd.randbytes(900) + bytes(900) for _ in range(200))
    path = tmp_path / 'disk.img'
    path.write_bytes(data)
    return path


def _env(ids):
    return {'EC2_CERT': ids['user'][1], 'EC2_PRIVATE_KEY': ids['user'][0],
            'EC2_USER_ID': '1111-2222-3333',
            'EUCALYPTUS_CERT': ids['cloud'][1]}


@pytest.mark.parametrize('command, flags', [
    (BundleImage, ['-i', '-p', '-d', '-r', '-k', '-c', '--ec2cert', '-u',
                   '--kernel', '--ramdisk', '--bootstrap-url', '-B',
                   '--productcodes', '--image-size', '--region', '-I', '-S',
                   '--security-token', '--progress', '--no-progress']),
    (Unbundle, ['-m', '-s', '-d', '-k', '-c', '--region', '--progress']),
    (UnbundleStream, ['-i', '-o', '--enc-key', '--enc-iv', '--image-size',
                      '--sha1-digest', '--region', '--no-progress']),
    (BundleVolume, ['-p', '-d', '-r', '-e', '-i', '-s', '--no-filter',
                    '--all', '--inherit', '--no-inherit', '-v', '-P',
                    '--script', '--fstab', '--generate-fstab',
                    '--grub-config', '-k', '-c', '--ec2cert', '-u',
                    '--kernel', '--ramdisk', '--bootstrap-url', '-B',
                    '--productcodes']),
])
def test_help_lists_every_flag(command, flags):
    out = command.build_parser().format_help()
    assert out.startswith(f'usage: {command.COMMAND}')
    for flag in flags:
        assert re.search(rf'(^|[\s\[,]){re.escape(flag)}\b', out), flag
    hidden = {BundleImage: ['--part-size', '--enc-key', '--batch',
                            '--image-type', '--bootstrap-auth']}
    for flag in hidden.get(command, []):
        assert flag not in out


def test_bundle_and_unbundle_with_env_credentials(inprocess, ids, image,
                                                  tmp_path):
    out_dir = tmp_path / 'out'
    code, out, err = inprocess(BundleImage, [
        '-i', image, '-r', 'x86_64', '-d', out_dir, '--part-size', '64K',
        '--enc-key', KEY, '--enc-iv', IV, '--kernel', 'eki-11111111',
        '-B', 'ami=sda1,root=/dev/sda1', '--productcodes', 'a,b'],
        env=_env(ids))
    assert (code, err) == (0, '')
    assert out == f'Wrote manifest {out_dir}/disk.img.manifest.xml\n'
    manifest = (out_dir / 'disk.img.manifest.xml').read_text()
    assert '<user>111122223333</user>' in manifest
    assert '<kernel_id>eki-11111111</kernel_id>' in manifest
    assert '<product_codes><product_code>a</product_code>' in manifest
    assert len(list(out_dir.glob('disk.img.part.*'))) == \
        manifest.count('<part index=')
    assert manifest.count('<part index=') > 1
    back = tmp_path / 'back'
    back.mkdir()
    code, out, err = inprocess(Unbundle, [
        '-m', out_dir / 'disk.img.manifest.xml', '-s', out_dir, '-d', back],
        env=_env(ids))
    assert (code, out, err) == (0, f'Wrote {back}/disk.img\n', '')
    assert (back / 'disk.img').read_bytes() == image.read_bytes()
    # euca-unbundle-stream from a file to a file, digest and size checked.
    joined = tmp_path / 'joined'
    with open(joined, 'wb') as fileobj:
        for part in sorted(out_dir.glob('disk.img.part.*')):
            fileobj.write(part.read_bytes())
    digest = re.search('<digest algorithm="SHA1">([0-9a-f]+)',
                       manifest).group(1)
    code, out, err = inprocess(UnbundleStream, [
        '-i', joined, '-o', tmp_path / 'streamed', '--enc-key', KEY,
        '--enc-iv', IV, '--image-size', str(image.stat().st_size),
        '--sha1-digest', digest])
    assert (code, out, err) == (0, '', '')
    assert (tmp_path / 'streamed').read_bytes() == image.read_bytes()
    code, out, err = inprocess(UnbundleStream, [
        '-i', joined, '-o', tmp_path / 'bad', '--enc-key', KEY, '--enc-iv',
        IV, '--sha1-digest', '0' * 40])
    assert code == 1 and 'tar SHA-1' in err and err.count('\n') == 1
    assert not (tmp_path / 'bad').exists()


def test_unbundle_checks_the_manifest_signature(inprocess, ids, image,
                                                tmp_path):
    """EC2_CERT (or -c) is what the manifest's signature must be valid for:
    a tampered, re-signed-by-someone-else or unsigned manifest is refused;
    with no certificate at all, one warning line and the image."""
    out_dir = tmp_path / 'out'
    code, _, err = inprocess(BundleImage, [
        '-i', image, '-r', 'x86_64', '-d', out_dir], env=_env(ids))
    assert (code, err) == (0, '')
    manifest = out_dir / 'disk.img.manifest.xml'
    good = manifest.read_text()
    back = tmp_path / 'back'
    back.mkdir()
    argv = ['-m', manifest, '-s', out_dir, '-d', back]
    code, out, err = inprocess(Unbundle, argv, env=_env(ids))
    assert (code, out, err) == (0, f'Wrote {back}/disk.img\n', '')
    (back / 'disk.img').unlink()
    signature = re.search('<signature>([0-9a-f]+)<', good).group(1)
    for text, message in [
            (good.replace('<architecture>x86_64<', '<architecture>i386<'),
             'is not valid for certificate'),
            (good.replace(signature, signature[::-1]),
             'is not valid for certificate'),
            (good.replace(signature, 'UNSIGNED'), 'is not signed')]:
        manifest.write_text(text)
        code, out, err = inprocess(Unbundle, argv, env=_env(ids))
        assert (code, out) == (1, ''), err
        assert err.startswith('euca-unbundle: error: ') and message in err
        assert err.count('\n') == 1
        assert list(back.iterdir()) == []
    manifest.write_text(good)
    # -c wins over EC2_CERT
    code, out, err = inprocess(Unbundle, argv + ['-c', ids['other'][1]],
                               env=_env(ids))
    assert code == 1 and 'is not valid for certificate' in err
    # No certificate anywhere: unchecked, and said so on one line.
    env = dict(_env(ids), EC2_CERT='')
    manifest.write_text(good.replace(signature, 'UNSIGNED'))
    code, out, err = inprocess(Unbundle, argv, env=env)
    assert (code, out) == (0, f'Wrote {back}/disk.img\n'), err
    assert err == ('euca-unbundle: warning: no certificate (-c/--cert, '
                   'EC2_CERT): the manifest signature was not checked\n')
    assert (back / 'disk.img').read_bytes() == image.read_bytes()


def test_credentials_from_config_files(inprocess, ids, image, home,
                                       tmp_path):
    (home / '.euca' / 'test.ini').write_text(
        f'[user alice]\naccount-id = 4444-5555-6666\n'
        f'certificate = {ids["user"][1]}\nprivate-key = {ids["user"][0]}\n'
        f'[region lab]\nuser = alice\ncertificate = {ids["cloud"][1]}\n')
    out_dir = tmp_path / 'out'
    code, out, err = inprocess(BundleImage, [
        '-i', image, '-r', 'i386', '-d', out_dir, '--region', 'lab'])
    assert (code, err) == (0, '')
    manifest = (out_dir / 'disk.img.manifest.xml').read_text()
    assert '<user>444455556666</user>' in manifest
    assert '<signature>UNSIGNED</signature>' not in manifest
    back = tmp_path / 'back'
    back.mkdir()
    code, out, err = inprocess(Unbundle, [
        '-m', out_dir / 'disk.img.manifest.xml', '-s', out_dir, '-d', back,
        '--region', 'alice@lab'])
    assert (code, err) == (0, '')
    assert (back / 'disk.img').read_bytes() == image.read_bytes()
    # Options win over the config: another key fails to decrypt.
    code, out, err = inprocess(Unbundle, [
        '-m', out_dir / 'disk.img.manifest.xml', '-s', out_dir, '-d', back,
        '--region', 'lab', '-k', ids['other'][0]])
    assert code == 1
    assert err.startswith('euca-unbundle: error: cannot decrypt the bundle '
                          'key') and err.count('\n') == 1


@pytest.mark.parametrize('argv, env, code, message', [
    (['-i', '-', '-r', 'x86_64'], True, 2,
     'argument --prefix is required when bundling stdin'),
    (['-i', '-', '-r', 'x86_64', '-p', 'x'], True, 2,
     'argument --image-size is required'),
    (['-i', '{image}', '-r', 'x86_64'], False, 2, 'missing account ID'),
    (['-i', '{image}', '-r', 'x86_64', '-u', '1'], False, 2,
     'missing cloud certificate'),
    (['-i', '{image}', '-r', 'x86_64', '-c', '/nonexistent'], True, 2,
     "user certificate file '/nonexistent' does not exist"),
    (['-i', '{image}', '-r', 'sparc'], True, 2, 'invalid choice'),
    (['-i', '{image}', '-r', 'i386', '-B', 'ami'], True, 2,
     "block device mapping 'ami' must have form VIRTUAL=DEVICE"),
    (['-i', '{image}', '-r', 'i386', '--image-size', '1Q'], True, 2,
     "'1Q' is not a size in bytes"),
    (['-i', '{image}', '-r', 'x86_64', '--kernel', 'true', '--ramdisk',
      'eri-1'], True, 2, "--ramdisk: not compatible with image type 'kernel'"),
    (['-i', '{image}', '-r', 'x86_64', '--ec2cert', '{image}'], True, 1,
     'is not a valid X.509 certificate'),
])
def test_bundle_image_errors(inprocess, ids, image, argv, env, code,
                             message):
    argv = [a.replace('{image}', str(image)) for a in argv]
    got, out, err = inprocess(BundleImage, argv,
                              env=_env(ids) if env else None)
    assert got == code
    assert message in err
    assert 'Traceback' not in err


def test_stdin_and_stdout_streams(bare_cli, ids, image, tmp_path):
    """Binary stdin/stdout, so subprocesses (the cli fixtures are text)."""
    out_dir = tmp_path / 'out'
    size = image.stat().st_size
    env = dict(bare_cli.env, **_env(ids))
    with open(image, 'rb') as stdin:
        proc = subprocess.run(
            command_argv('euca-bundle-image') + [
                '-i', '-', '-p', 'piped', '--image-size', str(size), '-r',
                'x86_64', '-d', str(out_dir), '--enc-key', KEY, '--enc-iv',
                IV, '--part-size', '100000'],
            stdin=stdin, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f'Wrote manifest {out_dir}/piped.manifest.xml\n'
    joined = b''.join(p.read_bytes()
                      for p in sorted(out_dir.glob('piped.part.*')))
    result = subprocess.run(
        command_argv('euca-unbundle-stream') + [
            '--enc-key', KEY, '--enc-iv', IV, '--image-size', str(size)],
        input=joined, capture_output=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == image.read_bytes()
    result = subprocess.run(
        command_argv('euca-unbundle-stream') + [
            '--enc-key', KEY, '--enc-iv', IV, '--image-size', '5'],
        input=joined, capture_output=True, env=env)
    assert result.returncode == 1
    assert result.stderr.endswith(b'but should be 5 bytes\n')


@pytest.mark.skipif(not shutil.which('mkfs.ext4', path=os.environ.get(
    'PATH', '') + ':/sbin:/usr/sbin'), reason='mkfs.ext4 is missing')
@pytest.mark.parametrize('partition, offset', [('none', 0),
                                               ('mbr', 2048 * 512),
                                               ('gpt', 4096 * 512)])
def test_bundle_vol_builds_an_ext4_image(inprocess, ids, tmp_path,
                                         partition, offset):
    vol = tmp_path / 'vol'
    for rel, data in {'etc/hostname': 'box\n', 'home/u/.ssh/authorized_keys':
                      'ssh-rsa AAA\n', 'data/key.pem': 'secret',
                      'data/keep.txt': 'keep', 'data/skipme': 'x',
                      'opt/wanted.pem': 'included'}.items():
        (vol / rel).parent.mkdir(parents=True, exist_ok=True)
        (vol / rel).write_text(data)
    (vol / 'data' / 'link').symlink_to('../etc/hostname')
    dest = tmp_path / 'dest'
    code, out, err = inprocess(BundleVolume, [
        '-v', vol, '-d', dest, '-r', 'x86_64', '-s', '24', '--no-inherit',
        '-P', partition, '--generate-fstab', '-e', '/data/skipme',
        '-i', '/opt/wanted.pem', '--part-size', '1M'], env=_env(ids))
    assert (code, err) == (0, '')
    assert out == f'Wrote manifest {dest}/image.manifest.xml\n'
    assert sorted(os.listdir(dest))[0] == 'image.manifest.xml'
    assert not (dest / 'image').exists()            # raw image removed
    back = tmp_path / 'back'
    back.mkdir()
    code, out, err = inprocess(Unbundle, [
        '-m', dest / 'image.manifest.xml', '-s', dest, '-d', back],
        env=_env(ids))
    assert code == 0, err
    raw = back / 'image'
    assert raw.stat().st_size == 24 * 2 ** 20
    with open(raw, 'rb') as fileobj:
        head = fileobj.read(offset + 2048)
    assert head[offset + 1080:offset + 1082] == b'\x53\xef'   # ext magic
    if partition == 'mbr':
        assert head[510:512] == b'\x55\xaa' and head[446] == 0x80
        assert head[450] == 0x83
    if partition == 'gpt':
        assert head[512:520] == b'EFI PART' and head[450] == 0xEE
    debugfs = shutil.which('debugfs', path='/sbin:/usr/sbin:/usr/bin:/bin')
    if debugfs:
        fs = tmp_path / 'fs.img'
        with open(raw, 'rb') as src, open(fs, 'wb') as dst:
            src.seek(offset)
            shutil.copyfileobj(src, dst)

        def ls(path):
            proc = subprocess.run([debugfs, '-R', f'ls -p {path}', str(fs)],
                                  capture_output=True, text=True)
            return {line.split('/')[5] for line in proc.stdout.splitlines()
                    if line.count('/') >= 6}

        assert ls('/data') >= {'keep.txt', 'link'}
        assert not ls('/data') & {'key.pem', 'skipme'}
        assert 'authorized_keys' not in ls('/home/u/.ssh')
        assert 'wanted.pem' in ls('/opt')
        assert 'fstab' in ls('/etc') and 'hostname' in ls('/etc')


def test_cloud_certificate_from_the_bootstrap_service(inprocess, ids, image,
                                                      tmp_path):
    import responses

    from tests.query_helpers import sent
    pem = open(ids['cloud'][1]).read()
    body = ('<DescribeServiceCertificatesResponse><DescribeServiceCertificates'
            'Result><serviceCertificates><member><certificateUsage>ssl'
            '</certificateUsage><serviceType>compute</serviceType>'
            '<certificate>nope</certificate></member><member>'
            '<certificateUsage>image-bundling</certificateUsage><serviceType>'
            f'compute</serviceType><certificate>{pem}</certificate></member>'
            '</serviceCertificates></DescribeServiceCertificatesResult>'
            '</DescribeServiceCertificatesResponse>')
    env = {k: v for k, v in _env(ids).items() if k != 'EUCALYPTUS_CERT'}
    env['EUCA_BOOTSTRAP_URL'] = 'http://cloud.test/'
    out_dir = tmp_path / 'out'
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, 'http://cloud.test/', body=body)
        code, out, err = inprocess(BundleImage, [
            '-i', image, '-r', 'x86_64', '-d', out_dir, '--progress'],
            env=env)
        params = sent(0, mock)
    assert code == 0, err
    assert params['Action'] == 'DescribeServiceCertificates'
    assert params['Format'] == 'pem'
    assert params['FingerprintDigest'] == 'SHA-256'
    # --progress forces the meter although stderr is not a terminal.
    assert err.startswith('\rdisk.img') and '100%' in err
    from euca2ools.bundle import BundleManifest
    manifest = BundleManifest.read(str(out_dir / 'disk.img.manifest.xml'))
    manifest.user_encrypted_key = manifest.user_encrypted_iv = None
    key, iv = manifest.decrypt_key(ids['cloud'][0])   # the cloud's copy
    assert len(key) == len(iv) == 32


@pytest.mark.skipif(not shutil.which('mkfs.ext4', path=os.environ.get(
    'PATH', '') + ':/sbin:/usr/sbin'), reason='mkfs.ext4 is missing')
def test_bundle_vol_inherits_instance_metadata(inprocess, ids, tmp_path):
    import responses

    from euca2ools.commands.bundle.bundlevol import METADATA_URL
    vol = tmp_path / 'vol'
    vol.mkdir()
    (vol / 'file').write_text('x')
    values = {'kernel-id': 'eki-11112222', 'product-codes': 'pc1\npc2',
              'block-device-mapping/': 'ami\nroot\nebs1\nephemeral0',
              'block-device-mapping/ami': 'sda1',
              'block-device-mapping/root': '/dev/sda1',
              'block-device-mapping/ephemeral0': 'sdb'}
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for path, text in values.items():
            mock.add(responses.GET, METADATA_URL + path, body=text)
        mock.add(responses.GET, METADATA_URL + 'ramdisk-id', status=404)
        code, out, err = inprocess(BundleVolume, [
            '-v', vol, '-d', tmp_path / 'dest', '-r', 'x86_64', '-s', '16',
            '-p', 'inherited'], env=_env(ids))
    assert code == 0, err
    text = (tmp_path / 'dest' / 'inherited.manifest.xml').read_text()
    assert ('<block_device_mapping><mapping><virtual>ami</virtual><device>'
            'sda1</device></mapping><mapping><virtual>ephemeral0</virtual>'
            '<device>sdb</device></mapping><mapping><virtual>root</virtual>'
            '<device>/dev/sda1</device></mapping></block_device_mapping>'
            '<product_codes><product_code>pc1</product_code><product_code>'
            'pc2</product_code></product_codes><kernel_id>eki-11112222'
            '</kernel_id></machine_configuration>') in text


# -- two runs, one directory (issue 21, point 2) ----------------------------

def _bundle_argv(image, out_dir, *extra):
    return command_argv('euca-bundle-image') + [
        '-i', str(image), '-r', 'x86_64', '-d', str(out_dir),
        '--part-size', '20000', *extra]


def test_two_runs_into_one_directory_never_mix_their_parts(bare_cli, ids,
                                                           image, tmp_path):
    env = dict(bare_cli.env, **_env(ids))
    for trial in range(3):
        out_dir = tmp_path / f'out{trial}'
        out_dir.mkdir()
        runs = [subprocess.Popen(_bundle_argv(image, out_dir), env=env,
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
        results = [(run.wait(timeout=120), run.stderr.read())
                   for run in runs]
        codes = sorted(code for code, _ in results)
        assert codes == [0, 1], results
        for code, err in results:
            if code:
                assert 'exists; refusing to replace a file this command did ' \
                    'not create' in err
        # Whatever happened, the bundle on disk is one run's, whole.
        back = tmp_path / f'back{trial}'
        back.mkdir()
        proc = subprocess.run(command_argv('euca-unbundle') + [
            '-m', str(out_dir / 'disk.img.manifest.xml'), '-s', str(out_dir),
            '-d', str(back)],
            env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert (back / 'disk.img').read_bytes() == image.read_bytes()
        assert [p.name for p in out_dir.iterdir()
                if p.name.startswith('.')] == []


def test_a_second_bundle_never_touches_the_first(bare_cli, ids, image,
                                                 tmp_path):
    env = dict(bare_cli.env, **_env(ids))
    out_dir = tmp_path / 'out'
    out_dir.mkdir()
    subprocess.run(_bundle_argv(image, out_dir), env=env, check=True,
                   capture_output=True)
    before = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    proc = subprocess.run(_bundle_argv(image, out_dir), env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert f'{out_dir}/disk.img.manifest.xml exists' in proc.stderr
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == before


# -- odd images and keys (issue 21, point 11) --------------------------------

@pytest.mark.parametrize('kind', ['fifo', 'device'])
def test_an_image_that_is_no_file_is_one_line(bare_cli, ids, tmp_path, kind):
    path = '/dev/null'
    if kind == 'fifo':
        path = tmp_path / 'fifo'
        os.mkfifo(path)       # no writer: opening it would block for ever
    env = dict(bare_cli.env, **_env(ids))
    out_dir = tmp_path / 'out'
    out_dir.mkdir()
    proc = subprocess.run(_bundle_argv(path, out_dir), env=env,
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 1
    assert proc.stderr == (f'euca-bundle-image: error: image {path} is not '
                           'a file or a block device; to bundle a stream, '
                           'give it on stdin (-i -) with --image-size and a '
                           'prefix\n')
    assert list(out_dir.iterdir()) == []


def test_a_key_that_does_not_match_the_certificate_is_refused(
        bare_cli, ids, image, tmp_path):
    env = dict(bare_cli.env, **_env(ids))
    env['EC2_PRIVATE_KEY'] = str(ids['cloud'][0])      # the wrong key
    out_dir = tmp_path / 'out'
    out_dir.mkdir()
    proc = subprocess.run(_bundle_argv(image, out_dir), env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert 'the private key does not match the user certificate' in \
        proc.stderr
    assert list(out_dir.iterdir()) == []


def test_completion_to_a_full_output_is_one_line():
    import sys
    script = os.path.join(os.path.dirname(sys.executable),
                          'euca2ools-completion')
    if not os.path.exists(script):
        pytest.skip('the package is not installed in this environment')
    with open('/dev/full', 'w') as full:
        proc = subprocess.run([script, 'bash'], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == ('euca2ools-completion: error: cannot write '
                           'output: No space left on device\n')
