"""eustore against a generated catalog on 127.0.0.1 and moto's S3 and EC2."""

import binascii
import hashlib
import io
import json
import os
import tarfile

import pytest
from testbed import make_identities

from tests.eustore_server import ImageStore


def tarball(members):
    """A .tgz of {name: bytes}."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w:gz') as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def legacy_name(data):
    md5 = hashlib.md5(data).hexdigest().encode()
    return str(binascii.crc32(md5) & 0xffffffff).rjust(10, '0')


IMAGE = os.urandom(200000) + b'\0' * 100000
TARBALLS = {
    'hvm.tgz': tarball({'centos-hvm/centos-hvm.img': IMAGE}),
    'pv.tgz': tarball({'debian-pv/debian-pv.img': IMAGE,
                       'debian-pv/vmlinuz-4.9': b'kernel' * 1000,
                       'debian-pv/initrd.img-4.9': b'ramdisk' * 1000}),
    'multi.tgz': tarball({'fedora/fedora.img': IMAGE,
                          'fedora/xen-kernel/vmlinuz-xen': b'xk' * 999,
                          'fedora/xen-kernel/initrd-xen': b'xr' * 999,
                          'fedora/kvm-kernel/vmlinuz-kvm': b'kk' * 999,
                          'fedora/kvm-kernel/initramfs-kvm': b'kr' * 999}),
    'empty.tgz': tarball({'nothing/README': b'no image here'}),
}


def catalog_entry(name, url, **extra):
    return {'name': name, 'os': extra.pop('os', 'linux'),
            'architecture': 'x86_64', 'version': '2026.11',
            'hypervisors-supported': extra.pop('hv', ['kvm']),
            'description': extra.pop('description', f'{url} image'),
            'date': '20261121000000', 'stamp': 'abcd-1234',
            'recipe': 'centos-based', 'contact': 'ops@example.com',
            'url': url, **extra}


@pytest.fixture(scope='module')
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp('store')
    for name, data in TARBALLS.items():
        (root / name).write_bytes(data)
    (root / 'bad.tgz').write_bytes(TARBALLS['hvm.tgz'])
    (root / '.bashrc').write_bytes(TARBALLS['hvm.tgz'])
    catalog = {'version': 'eustore-catalog-2011-12-29', 'images': [
        catalog_entry('centos-hvm', 'hvm.tgz',
                      sha256=hashlib.sha256(TARBALLS['hvm.tgz']).hexdigest(),
                      virtualization_type='hvm', description='CentOS HVM'),
        catalog_entry(legacy_name(TARBALLS['pv.tgz']), 'pv.tgz',
                      hv=['xen', 'kvm'], **{'single-kernel': 'True'}),
        catalog_entry('fedora-multi', 'multi.tgz', hv=['xen', 'kvm']),
        catalog_entry('broken', 'bad.tgz', sha256='0' * 64),
        catalog_entry('no-image', 'empty.tgz'),
        catalog_entry('dotfile', '.bashrc',
                      sha256=hashlib.sha256(TARBALLS['hvm.tgz']).hexdigest(),
                      virtualization_type='hvm'),
    ]}
    (root / 'catalog').write_text(json.dumps(catalog))
    server = ImageStore(root)
    yield server
    server.close()


@pytest.fixture(scope='module')
def certs(tmp_path_factory):
    ids = make_identities(tmp_path_factory.mktemp('ids'))
    return ['--privatekey', ids['user'][0], '-c', ids['user'][1],
            '--ec2cert', ids['cloud'][1], '-u', '123456789012']


def images_registered(cli):
    return [r for r in cli.rows('euca-describe-images', '-a')
            if r[0] == 'IMAGE']


def test_describe_images(cli, store):
    rows = cli.rows('eustore-describe-images', '-U', store.url)
    assert rows[0] == ['centos-hvm', 'linux', 'x86_64', '2026.11', 'kvm',
                       'CentOS HVM']
    assert rows[1][4] == 'xen,kvm'
    verbose = cli.rows('eustore-describe-images', env={
        'EUSTORE_URL': store.url}, *['-v'])
    assert verbose[0][6:] == ['20261121000000', 'abcd-1234', 'centos-based',
                              'ops@example.com']
    data = cli.json('eustore-describe-images', '-U', store.url)
    assert data['version'] == 'eustore-catalog-2011-12-29'
    assert data['images'][2]['name'] == 'fedora-multi'


def test_install_hvm_paravirtual_and_multi_hypervisor(cli, store, certs,
                                                      tmp_path):
    base = ['-U', store.url, '-b', 'store-images', *certs]
    out = cli('eustore-install-image', '-i', 'centos-hvm', *base).stdout
    assert out.startswith('Installed new image ami-')
    hvm_id = out.split()[-1]

    pv = legacy_name(TARBALLS['pv.tgz'])
    out = cli('eustore-install-image', '-i', pv, *base, '-p', 'debian')
    pv_id = out.stdout.split()[-1]

    out = cli('eustore-install-image', '-i', 'fedora-multi', *base,
              '--hypervisor', 'kvm', '-p', 'fedora').stdout
    multi_id = out.split()[-1]

    registered = {r[1]: r for r in images_registered(cli)}
    assert {hvm_id, pv_id, multi_id} <= set(registered)
    # Kernel and ramdisk were registered too (three images per pv install).
    assert len(registered) == 7
    names = sorted(r[2].split('/', 1)[1] for r in registered.values())
    assert 'debian-kernel' in names and 'fedora-ramdisk' in names


def test_multi_hypervisor_needs_a_choice(cli, store, certs):
    proc = cli('eustore-install-image', '-U', store.url, '-i',
               'fedora-multi', '-b', 'b', *certs, check=False)
    assert proc.returncode == 2
    assert 'choose one with --hypervisor' in proc.stderr
    assert images_registered(cli) == []


@pytest.mark.parametrize('name, message', [
    ('centos', "no image named 'centos' in the catalog; close matches: "
               "centos-hvm"),
    ('broken', 'is corrupt: SHA-256'),
    ('no-image', 'holds no machine image'),
])
def test_failures_register_nothing(cli, store, certs, name, message,
                                   tmp_path):
    workdir = tmp_path / 'work'
    proc = cli('eustore-install-image', '-U', store.url, '-i', name, '-b',
               'b', '-d', workdir, *certs, check=False)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    assert images_registered(cli) == []
    assert [p.name for p in workdir.iterdir()
            if not p.name.endswith('.tgz')] == []


def test_catalog_unreachable_or_not_json(cli, tmp_path):
    proc = cli('eustore-describe-images', '-U', 'http://127.0.0.1:9/',
               check=False)
    assert proc.returncode == 1
    assert 'could not connect to 127.0.0.1:9' in proc.stderr
    notjson = tmp_path / 'site'
    notjson.mkdir()
    (notjson / 'catalog').write_text('<html>maintenance</html>')
    server = ImageStore(notjson)
    try:
        proc = cli('eustore-describe-images', '-U', server.url, check=False)
    finally:
        server.close()
    assert proc.returncode == 1 and 'is not JSON' in proc.stderr


def test_interrupted_download_resumes(cli, store, certs, tmp_path):
    store.handler.truncate_once['hvm.tgz'] = 1000
    del store.handler.requests[:]
    out = cli('eustore-install-image', '-U', store.url, '-i', 'centos-hvm',
              '-b', 'resumed', *certs).stdout
    assert out.startswith('Installed new image')
    ranges = [r for path, r in store.handler.requests if path == '/hvm.tgz']
    assert ranges == [None, 'bytes=1000-']


def test_upload_failure_half_way_rolls_back(aws, inprocess, store, certs,
                                            monkeypatch, cli):
    """The machine image's upload fails after kernel and ramdisk are in:
    both are deregistered and their objects deleted."""
    from euca2ools.commands.bundle import installimage as bundle_install
    from euca2ools.commands.eustore.installimage import InstallImage
    from euca2ools.core.errors import ServerError
    real_put = bundle_install.InstallImage.put_file

    def failing_put(self, path, key, *args, **kwargs):
        if key.startswith('half-way.') and not key.endswith('.xml'):
            raise ServerError('InternalError', 'disk full', 500)
        return real_put(self, path, key, *args, **kwargs)

    monkeypatch.setattr(bundle_install.InstallImage, 'put_file', failing_put)
    pv = legacy_name(TARBALLS['pv.tgz'])
    code, out, err = inprocess(InstallImage, [
        '-U', store.url, '-i', pv, '-b', 'rollback', '-p', 'half-way',
        *certs], env={'EC2_URL': aws + '/', 'S3_URL': aws + '/'})
    assert code == 1 and out == ''
    assert err.strip().splitlines()[-2:] == [
        'eustore-install-image: error (InternalError): disk full',
        'eustore-install-image: run with --debug to see the exchange']
    assert images_registered(cli) == []
    listing = cli('euca-describe-images', '-a').stdout
    assert 'half-way' not in listing
    from euca2ools.core import Context
    from euca2ools.core.s3 import S3
    s3 = S3(Context(environ={'S3_URL': aws + '/', 'AWS_ACCESS_KEY_ID': 'a',
                             'AWS_SECRET_ACCESS_KEY': 'b',
                             'EUCA_CONFIG_PATH': '/nonexistent'}))
    assert list(s3.list_objects('rollback')) == []


# -- files that are not ours, and outcomes we cannot know (issue 20) ---------

def test_a_catalog_url_never_names_a_dotfile(cli, store, certs, tmp_path):
    workdir = tmp_path / 'work'
    workdir.mkdir()
    (workdir / '.bashrc').write_text('mine\n')
    proc = cli('eustore-install-image', '-U', store.url, '-i', 'dotfile',
               '-b', 'b', '-d', workdir, *certs, check=False)
    assert proc.returncode == 1
    assert "refusing unsafe file name in the catalog URL '.bashrc'" in \
        proc.stderr
    assert (workdir / '.bashrc').read_text() == 'mine\n'
    assert sorted(p.name for p in workdir.iterdir()) == ['.bashrc']
    assert images_registered(cli) == []


def test_a_file_already_in_the_directory_is_never_replaced_or_deleted(
        cli, store, certs, tmp_path):
    workdir = tmp_path / 'work'
    workdir.mkdir()
    (workdir / 'hvm.tgz').write_text('my own file\n')
    proc = cli('eustore-install-image', '-U', store.url, '-i', 'centos-hvm',
               '-b', 'b', '-d', workdir, *certs, check=False)
    assert proc.returncode == 1
    assert 'hvm.tgz is corrupt' in proc.stderr
    assert 'was there before this run, so it is left alone' in proc.stderr
    assert (workdir / 'hvm.tgz').read_text() == 'my own file\n'
    assert sorted(p.name for p in workdir.iterdir()) == ['hvm.tgz']


@pytest.mark.real_http
def test_a_registration_with_an_unknown_outcome_keeps_the_bundle(
        aws, inprocess, store, certs, server):
    """RegisterImage's answer never comes: the image may exist, so its
    bundle must stay, and the user is told what to remove if it does
    not."""
    from euca2ools.commands.eustore.installimage import InstallImage
    from euca2ools.core import Context
    from euca2ools.core.s3 import S3
    from tests.hostile_server import hang
    server.script = [hang()]
    code, out, err = inprocess(InstallImage, [
        '-U', store.url, '-i', 'centos-hvm', '-b', 'unknown', '-p', 'maybe',
        *certs], env={'EC2_URL': server.url, 'S3_URL': aws + '/',
                      'EUCA_READ_TIMEOUT': '1'})
    assert code == 1 and out == ''
    assert len(server.requests) == 1     # RegisterImage was sent once
    assert 'may or may not have taken effect' in err
    assert 'nothing was removed' in err
    assert ('bundle unknown/maybe.manifest.xml (euca-delete-bundle -b '
            'unknown -m maybe.manifest.xml)') in err
    s3 = S3(Context(environ={'S3_URL': aws + '/', 'AWS_ACCESS_KEY_ID': 'a',
                             'AWS_SECRET_ACCESS_KEY': 'b',
                             'EUCA_CONFIG_PATH': '/nonexistent'}))
    keys = [item['Key'] for item in s3.list_objects('unknown')]
    assert 'maybe.manifest.xml' in keys and len(keys) >= 2


def test_a_work_directory_that_cannot_be_made_is_one_line(cli, store, certs,
                                                           tmp_path):
    locked = tmp_path / 'locked'
    locked.mkdir()
    locked.chmod(0o500)
    try:
        proc = cli('eustore-install-image', '-U', store.url, '-i',
                   'centos-hvm', '-b', 'b', '-d', locked / 'work', *certs,
                   check=False)
    finally:
        locked.chmod(0o700)
    if os.geteuid() == 0:
        pytest.skip('root may write anywhere')
    assert proc.returncode == 1
    assert 'cannot create the work directory' in proc.stderr
    assert 'internal error' not in proc.stderr


def test_an_image_that_does_not_fit_is_one_line(cli, store, certs, tmp_path):
    import subprocess
    from tests.conftest import command_argv
    workdir = tmp_path / 'work'
    argv = ' '.join(command_argv('eustore-install-image') + [
        '-U', store.url, '-i', 'centos-hvm', '-b', 'b', '-d', str(workdir),
        *[str(arg) for arg in certs]])
    # The download fits in 200 KiB; the extracted image (300 KB) does not.
    proc = subprocess.run(['bash', '-c', f'ulimit -f 200; {argv}'],
                          env=cli.env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert 'internal error' not in proc.stderr
    assert proc.stderr.count('\n') == 1
    assert 'File too large' in proc.stderr
    assert images_registered(cli) == []


EXAMPLE = os.path.join(os.path.dirname(__file__), '..', '..', 'docs',
                       'eustore-example')


def test_the_example_catalog_lists_and_installs(cli, certs):
    # As the README serves it: the directory as it is, over plain HTTP.
    tarball_size = os.path.getsize(os.path.join(EXAMPLE, 'tiny-hvm.tgz'))
    assert tarball_size < 10 * 1024
    server = ImageStore(EXAMPLE)
    try:
        rows = cli.rows('eustore-describe-images', '-U', server.url)
        assert [row[0] for row in rows] == ['tiny-hvm']
        out = cli('eustore-install-image', '-U', server.url, '-i',
                  'tiny-hvm', '-b', 'example-images', *certs).stdout
    finally:
        server.close()
    assert out.startswith('Installed new image ami-')


def test_a_catalog_error_names_the_url_tried(cli, tmp_path):
    empty = tmp_path / 'nothing-here'
    empty.mkdir()
    server = ImageStore(empty)
    try:
        proc = cli('eustore-describe-images', '-U', server.url + 'images',
                   check=False)
    finally:
        server.close()
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == (
        f'eustore-describe-images: error (404): the catalog at '
        f'{server.url}images/catalog: Error response')
    proc = cli('eustore-describe-images', '-U', 'http://127.0.0.1:9/x/',
               check=False)
    assert proc.returncode == 1
    assert 'the catalog at http://127.0.0.1:9/x/catalog: could not ' \
        'connect to 127.0.0.1:9' in proc.stderr
