"""Bundles and identities the bundle tests share (S3 transfer, files)."""

import os
import pathlib

import pytest
from testbed import make_identity


def make_certs(directory):
    """Throwaway keys + self-signed certificates for the cloud and the user:
    {'cloud-cert': path, 'cloud-pk': path, 'user-cert': ...,
    'user-pk': ...}."""
    paths = {}
    for who in ('cloud', 'user'):
        paths[f'{who}-pk'], paths[f'{who}-cert'] = make_identity(
            pathlib.Path(directory), who)
    return paths


@pytest.fixture(scope='module')
def certs(tmp_path_factory):
    return make_certs(str(tmp_path_factory.mktemp('certs')))


@pytest.fixture
def bundle(tmp_path, certs):
    """A real bundle of a small image cut into 4 parts."""
    from euca2ools.bundle import create_bundle
    image = tmp_path / 'img.raw'
    image.write_bytes(os.urandom(3000))
    out = tmp_path / 'bundle'
    out.mkdir()
    result = create_bundle(str(image), str(out), 'x86_64',
                           ec2cert=certs['cloud-cert'],
                           cert=certs['user-cert'],
                           privatekey=certs['user-pk'], user='1234-5678',
                           part_size=1000)
    assert len(result.parts) >= 3
    return result
