"""A command never replaces or deletes a file it did not create (issue 20,
point 1): names a server sends are the bundle's own, new files go in under
a temporary name and are never linked over an existing one, and cleanup
removes only what this run wrote."""

import os

import pytest
import responses

from euca2ools.bundle import BundleManifest
from euca2ools.bundle.util import BundleError
from euca2ools.commands.bundle.downloadandunbundle import \
    DownloadAndUnbundle
from euca2ools.commands.bundle.downloadbundle import DownloadBundle
from euca2ools.core import files
from tests.unit.test_bundle_s3transfer import URL


def serve(bundle, rename=None):
    """Serve the bundle under bkt/; RENAME maps a part file name to the
    name the (then unsigned-looking) manifest gives it instead."""
    rename = rename or {}
    manifest = open(bundle.manifest_path, 'rb').read()
    for old, new in rename.items():
        manifest = manifest.replace(f'<filename>{old}<'.encode(),
                                    f'<filename>{new}<'.encode())
    responses.add('GET', URL + 'bkt/img.raw.manifest.xml', body=manifest)
    for part in bundle.parts:
        name = rename.get(part.filename, part.filename)
        responses.add('GET', URL + 'bkt/' + name,
                      body=open(part.path, 'rb').read())


@pytest.fixture
def dest(tmp_path):
    folder = tmp_path / 'dest'
    folder.mkdir()
    (folder / '.bashrc').write_text('mine\n')
    return folder


@pytest.mark.parametrize('name', ['.bashrc', '../.bashrc', 'x', 'img.raw',
                                  'img.raw.manifest.xml'])
@responses.activate
def test_download_refuses_part_names_that_are_not_the_bundles(
        inprocess, bundle, dest, name):
    serve(bundle, {bundle.parts[0].filename: name})
    code, out, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                                '-d', dest])
    assert (code, out) == (1, '')
    assert 'unsafe part file name' in err
    assert sorted(os.listdir(dest)) == ['.bashrc']
    assert (dest / '.bashrc').read_text() == 'mine\n'


@responses.activate
def test_download_never_replaces_an_existing_file(inprocess, bundle, dest):
    serve(bundle)
    taken = dest / bundle.parts[2].filename
    taken.write_text('not a part\n')
    code, out, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                                '-d', dest])
    assert (code, out) == (1, '')
    assert f'{taken} exists; refusing to replace a file' in err
    # What this run wrote is gone; what was there before is untouched.
    assert sorted(os.listdir(dest)) == ['.bashrc', taken.name]
    assert taken.read_text() == 'not a part\n'


@responses.activate
def test_a_failed_download_removes_only_what_it_wrote(inprocess, bundle,
                                                      dest):
    serve(bundle)
    responses.replace('GET', URL + 'bkt/' + bundle.parts[-1].filename,
                      body=b'corrupt')
    code, _, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                              '-d', dest])
    assert code == 1 and 'is corrupt' in err
    assert sorted(os.listdir(dest)) == ['.bashrc']


@responses.activate
def test_download_bundle_checks_the_manifest_signature(inprocess, bundle,
                                                       certs, dest):
    serve(bundle, {bundle.parts[0].filename: 'img.raw.part.99'})
    code, out, err = inprocess(DownloadBundle, [
        '-b', 'bkt', '-p', 'img.raw', '-d', dest, '-c', certs['user-cert']])
    assert (code, out) == (1, '')
    assert 'signature of manifest' in err and 'refusing it' in err
    assert sorted(os.listdir(dest)) == ['.bashrc']


@responses.activate
def test_download_bundle_without_a_certificate_warns_once(inprocess, bundle,
                                                          dest):
    serve(bundle)
    code, out, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                                '-d', dest])
    assert code == 0
    assert err == ('euca-download-bundle: warning: no certificate '
                   '(-c/--cert, EC2_CERT): the manifest signature was not '
                   'checked\n')
    assert out == f'Wrote manifest {dest}/img.raw.manifest.xml\n'


@responses.activate
def test_download_and_unbundle_never_replaces_a_dotfile(inprocess, bundle,
                                                        certs, dest):
    """Without a certificate the manifest is not verified: its image name
    must still not make the command write ./.profile."""
    manifest = open(bundle.manifest_path, 'rb').read().replace(
        b'<name>img.raw</name>', b'<name>.bashrc</name>')
    responses.add('GET', URL + 'bkt/img.raw.manifest.xml', body=manifest)
    for part in bundle.parts:
        responses.add('GET', URL + 'bkt/' + part.filename,
                      body=open(part.path, 'rb').read())
    code, out, err = inprocess(DownloadAndUnbundle, [
        '-b', 'bkt', '-p', 'img.raw', '-d', dest, '-k', certs['user-pk']])
    assert (code, out) == (1, '')
    assert "refusing unsafe image name '.bashrc'" in err
    assert (dest / '.bashrc').read_text() == 'mine\n'


def test_unbundle_into_an_existing_file_refuses(bundle, certs, tmp_path):
    from euca2ools.bundle import unbundle
    target = tmp_path / 'out'
    target.mkdir()
    (target / 'img.raw').write_text('mine\n')
    with pytest.raises(files.FileExists, match='img.raw exists'):
        unbundle(bundle.manifest_path, str(target), certs['user-pk'],
                 cert=certs['user-cert'])
    assert (target / 'img.raw').read_text() == 'mine\n'
    assert sorted(os.listdir(target)) == ['img.raw']


def test_a_manifest_over_the_bound_is_refused_unparsed():
    data = b'<manifest>' + b' ' * (4 * 1024 * 1024) + b'</manifest>'
    with pytest.raises(BundleError, match='larger than 4 MiB'):
        BundleManifest.from_bytes(data, 'big.manifest.xml')


# -- the rule itself ----------------------------------------------------------

def test_write_new_links_in_place_and_never_over_a_file(tmp_path):
    path = tmp_path / 'f'
    assert files.write_new(str(path), lambda f: f.write(b'one')) == 3
    assert path.read_bytes() == b'one'
    with pytest.raises(files.FileExists):
        files.write_new(str(path), lambda f: f.write(b'two'))
    assert path.read_bytes() == b'one'
    files.write_new(str(path), lambda f: f.write(b'two'), overwrite=True)
    assert path.read_bytes() == b'two'
    assert os.listdir(tmp_path) == ['f']     # no temporary file left


def test_write_new_never_follows_a_symlink_at_the_final_name(tmp_path):
    victim = tmp_path / 'victim'
    victim.write_text('mine\n')
    (tmp_path / 'link').symlink_to(victim)
    with pytest.raises(files.FileExists):
        files.write_new(str(tmp_path / 'link'), lambda f: f.write(b'x'))
    assert victim.read_text() == 'mine\n'


def test_write_new_leaves_nothing_when_producing_fails(tmp_path):
    def produce(fileobj):
        fileobj.write(b'half')
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        files.write_new(str(tmp_path / 'f'), produce)
    assert os.listdir(tmp_path) == []


def test_created_removes_only_its_own(tmp_path):
    (tmp_path / 'theirs').write_text('x')
    created = files.Created()
    files.write_new(str(tmp_path / 'ours'), lambda f: f.write(b'y'))
    created.add(str(tmp_path / 'ours'))
    created.remove_all()
    assert os.listdir(tmp_path) == ['theirs']


def test_sha256_of_reads_the_whole_file_in_chunks(tmp_path):
    import hashlib
    path = tmp_path / 'data'
    data = os.urandom(10000)
    path.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    assert files.sha256_of(path) == files.sha256_of(path, chunk=7) == expected
    path.write_bytes(b'')
    assert files.sha256_of(path) == hashlib.sha256(b'').hexdigest()
