"""Bundles through moto's S3 and EC2, as a user would run the commands."""

import os

import pytest

from tests.bundle_fixtures import make_certs


@pytest.fixture(scope='module')
def certs(tmp_path_factory):
    return make_certs(str(tmp_path_factory.mktemp('certs')))


@pytest.fixture
def image(tmp_path):
    path = tmp_path / 'disk.img'
    with open(path, 'wb') as fileobj:     # 2 parts of 1 MiB and a bit
        fileobj.write(os.urandom(1500000))
        fileobj.write(b'\0' * 800000)
    return path


def test_bundle_upload_register_download_unbundle_delete(cli, certs, image,
                                                         tmp_path):
    keys = ['--ec2cert', certs['cloud-cert'], '-c', certs['user-cert'],
            '-k', certs['user-pk']]
    bundled = tmp_path / 'bundled'
    bundled.mkdir()
    out = cli('euca-bundle-image', '-i', image, '-r', 'x86_64', '-d',
              bundled, '--part-size', '1M', *keys).stdout
    manifest = bundled / 'disk.img.manifest.xml'
    assert out.splitlines()[-1] == f'Wrote manifest {manifest}'
    parts = sorted(p.name for p in bundled.iterdir() if '.part.' in p.name)
    assert len(parts) >= 2

    out = cli('euca-upload-bundle', '-b', 'images/linux', '-m',
              manifest).stdout
    assert out == 'Uploaded images/linux/disk.img.manifest.xml\n'

    [[tag, image_id]] = cli.rows('euca-register',
                                 'images/linux/disk.img.manifest.xml',
                                 '-n', 'linux-image', '-a', 'x86_64')
    assert tag == 'IMAGE' and image_id.startswith('ami-')
    described = cli.rows('euca-describe-images', image_id)
    assert described[0][:2] == ['IMAGE', image_id]
    assert described[0][2].endswith('linux-image')   # moto keeps the name

    downloaded = tmp_path / 'downloaded'
    downloaded.mkdir()
    out = cli('euca-download-bundle', '-b', 'images/linux', '-p',
              'disk.img', '-d', downloaded).stdout
    assert out == f'Wrote manifest {downloaded}/disk.img.manifest.xml\n'
    assert sorted(p.name for p in downloaded.iterdir()) == \
        sorted(parts + ['disk.img.manifest.xml'])
    unbundled = tmp_path / 'unbundled'
    unbundled.mkdir()
    cli('euca-unbundle', '-m', downloaded / 'disk.img.manifest.xml', '-s',
        downloaded, '-d', unbundled, '-k', certs['user-pk'])
    assert (unbundled / 'disk.img').read_bytes() == image.read_bytes()

    # straight from S3, with the cloud's key this time
    out = cli('euca-download-and-unbundle', '-b', 'images/linux', '-m',
              'disk.img.manifest.xml', '-d', tmp_path / 'again.img',
              '-k', certs['cloud-pk']).stdout
    assert out == f'Wrote {tmp_path}/again.img\n'
    assert (tmp_path / 'again.img').read_bytes() == image.read_bytes()

    # delete: the bundle goes, then (--clear) the bucket
    cli('euca-delete-bundle', '-b', 'images/linux', '-p', 'disk.img',
        '--clear')
    gone = cli('euca-download-bundle', '-b', 'images/linux', '-p',
               'disk.img', '-d', downloaded, check=False)
    assert gone.returncode == 1
    assert 'does not exist' in gone.stderr


def test_install_image_and_pack(cli, certs, image, tmp_path):
    keys = ['--ec2cert', certs['cloud-cert'], '-c', certs['user-cert'],
            '-k', certs['user-pk']]
    rows = cli.rows('euca-install-image', '-i', image, '-r', 'x86_64', '-b',
                    'installs/one', '-n', 'installed', '--description',
                    'one go', '--virtualization-type', 'hvm', *keys)
    assert len(rows) == 1 and rows[0][0] == 'IMAGE'
    image_id = rows[0][1]
    described = cli.rows('euca-describe-images', image_id)
    assert described[0][2].endswith('installed')
    # the bundle is in S3, parts and manifest
    back = tmp_path / 'back'     # not over the source image: never replaced
    back.mkdir()
    out = cli('euca-download-and-unbundle', '-b', 'installs/one', '-p',
              'disk.img', '-d', back, '-k', certs['user-pk']).stdout
    assert out == f'Wrote {back}/disk.img\n'
    assert (back / 'disk.img').read_bytes() == image.read_bytes()

    # the same through an image pack
    md = tmp_path / 'md.yml'
    md.write_text('name: tiny\nversion: "2.0"\nrelease: 3\narch: x86_64\n'
                  'description: >\n  A tiny\n  image\nprofiles:\n'
                  '  default:\n    bundle:\n      arch: x86_64\n'
                  '    register:\n      virtualization-type: hvm\n'
                  '    tag:\n      os: linux\n')
    out = cli('euimage-pack-image', image, md)      # into the cwd
    pack = tmp_path / 'tiny-2.0-3.x86_64.euimage'
    assert out.stdout == 'Wrote ./tiny-2.0-3.x86_64.euimage\n'
    assert cli.rows('euimage-describe-pack', pack) == [
        ['Name:', 'tiny'], ['Architecture:', 'x86_64'], ['Version:', '2.0'],
        ['Release:', '3'], ['Profile:', 'default'], ['Description:'],
        ['A tiny image']]
    [[tag, packed_id]] = cli.rows(
        'euimage-install-pack', pack, '-b', 'packs', '--ec2cert',
        certs['cloud-cert'], '--cert', certs['user-cert'], '--privatekey',
        certs['user-pk'])
    assert tag == 'IMAGE' and packed_id.startswith('ami-')
    tags = cli.rows('euca-describe-tags', '--filter',
                    f'resource-id={packed_id}')
    assert ['TAG', 'image', packed_id, 'os', 'linux'] in tags
    assert ['TAG', 'image', packed_id, 'euimage:name', 'tiny'] in tags


def test_s3_sigv2_for_old_clouds(cli, certs, tmp_path):
    """s3-signature-version = 2 speaks S3 SigV2 ("AWS KEY:SIG") to the
    server: a small bundle goes up and comes back intact."""
    image = tmp_path / 'small.img'
    image.write_bytes(os.urandom(3000))
    env = {'EUCA_S3_SIGNATURE_VERSION': '2'}
    keys = ['--ec2cert', certs['cloud-cert'], '-c', certs['user-cert'],
            '-k', certs['user-pk']]
    out = cli('euca-bundle-and-upload-image', '-i', image, '-r', 'x86_64',
              '-b', 'old-cloud', *keys, '--debug', env=env)
    assert out.stdout.splitlines()[-1] == \
        'Uploaded old-cloud/small.img.manifest.xml'
    assert 'Authorization: AWS AKIDEXAMPLEEUCARC:<redacted>' in out.stderr
    back = tmp_path / 'back'
    back.mkdir()
    cli('euca-download-and-unbundle', '-b', 'old-cloud', '-p', 'small.img',
        '-d', back, '-k', certs['user-pk'], env=env)
    assert (back / 'small.img').read_bytes() == image.read_bytes()


MD = ('name: tiny\nversion: "2.0"\nrelease: 3\narch: x86_64\n'
      'description: small\nprofiles:\n  default:\n    bundle:\n'
      '      arch: x86_64\n')


def test_a_pack_is_never_left_half_written(bare_cli, tmp_path):
    """A full disk while packing leaves no pack under its final name, and
    no temporary file; an existing pack is never replaced (issue 21, 4)."""
    import subprocess
    from tests.conftest import command_argv
    image = tmp_path / 'disk.img'
    image.write_bytes(os.urandom(300_000))
    md = tmp_path / 'md.yml'
    md.write_text(MD)
    out = tmp_path / 'out'
    out.mkdir()
    argv = ' '.join(command_argv('euimage-pack-image') + [str(image),
                                                           str(md)])
    full = subprocess.run(['bash', '-c', f'ulimit -f 100; {argv}'],
                          cwd=out, env=bare_cli.env, capture_output=True,
                          text=True)
    assert full.returncode == 1
    assert 'cannot write ./tiny-2.0-3.x86_64.euimage: File too large' in \
        full.stderr
    assert list(out.iterdir()) == []
    done = subprocess.run(['bash', '-c', argv], cwd=out, env=bare_cli.env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    packed = (out / 'tiny-2.0-3.x86_64.euimage').read_bytes()
    again = subprocess.run(['bash', '-c', argv], cwd=out, env=bare_cli.env,
                           capture_output=True, text=True)
    assert again.returncode == 1
    assert 'tiny-2.0-3.x86_64.euimage exists' in again.stderr
    assert (out / 'tiny-2.0-3.x86_64.euimage').read_bytes() == packed
    assert sorted(p.name for p in out.iterdir()) == [
        'tiny-2.0-3.x86_64.euimage']
