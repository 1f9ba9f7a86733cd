"""A command against moto listening on [::1]: the endpoint URL keeps its
colons, REGION:: is split off it, and the request is signed for
Host: [::1]:PORT.  Skipped only where ::1 cannot be bound."""

import socket

import pytest
import testbed     # scripts/testbed.py (tests/__init__.py puts it on the path)


def ipv6_loopback():
    if not socket.has_ipv6:
        return None
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(('::1', 0))
            return sock.getsockname()[1]
    except OSError:
        return None


@pytest.fixture(scope='module')
def moto_on_ipv6(tmp_path_factory):
    port = ipv6_loopback()
    if port is None:
        pytest.skip('::1 cannot be bound here')
    with open(tmp_path_factory.mktemp('moto6') / 'moto.log', 'wb') as log:
        try:
            proc, url = testbed.start_moto(
                port, log=log, host='::1',
                preexec_fn=testbed.die_with_parent)
        except testbed.MotoError as err:
            pytest.fail(f'moto did not start on [::1]: {err}')
        yield url
        testbed.stop_moto(proc)


def test_an_ipv6_endpoint_works_end_to_end(bare_cli, moto_on_ipv6):
    env = {'EC2_URL': moto_on_ipv6, 'EC2_ACCESS_KEY': 'AKIDEXAMPLE',
           'EC2_SECRET_KEY': 'secret'}
    volume = bare_cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s',
                           '1', env=env)[0][1]
    listed = bare_cli.rows('euca-describe-volumes', env=env)
    assert [row[1] for row in listed if row[0] == 'VOLUME'] == [volume]
    # REGION::URL: the region is split off, the address keeps its colons.
    env['EC2_URL'] = 'eu-west-1::' + moto_on_ipv6
    zones = bare_cli.rows('euca-describe-availability-zones', env=env)
    assert zones and all(row[1].startswith('eu-west-1') for row in zones)
