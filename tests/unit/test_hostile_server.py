"""The real transport against a server that misbehaves on purpose.

Each test names the promise it checks: no duplicate launches, a 200 is not
success unless it is the answer asked for, paging ends, time and memory are
bounded, downloads survive resets.  Timeouts here are short (about a
second) so the whole file stays quick.
"""

import time

import pytest

from euca2ools.commands.euca.assignprivateipaddresses import \
    AssignPrivateIpAddresses
from euca2ools.commands.euca.createvolume import CreateVolume
from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.commands.euca.describenatgateways import DescribeNatGateways
from euca2ools.commands.euca.runinstances import RunInstances
from euca2ools.core import ClientError, http
from euca2ools.core.http import deadline
from tests.hostile_server import (HostileServer, drip, endless, hang, reply,
                                  reset_after)
from tests.query_helpers import ZONES

pytestmark = pytest.mark.real_http

FAST = {'EUCA_READ_TIMEOUT': '1', 'EUCA_CONNECT_TIMEOUT': '1'}


@pytest.fixture
def run(inprocess, server):
    def run(command_class, argv, **env):
        return inprocess(command_class, argv,
                         env={'EC2_URL': server.url, **env})
    return run


# -- 1. no duplicate launches -------------------------------------------------

def test_run_instances_retries_carry_one_client_token(run, server):
    server.script = [hang()]
    start = time.monotonic()
    code, out, err = run(RunInstances, ['ami-1'], **FAST)
    assert time.monotonic() - start < 10
    assert code == 1 and out == ''
    assert len(server.requests) == 3    # the first try and max-retries 2
    tokens = {r.params.get('ClientToken') for r in server.requests}
    assert len(tokens) == 1 and None not in tokens
    token = tokens.pop()
    # The instances may exist: say so, and how to re-run without a second
    # launch (issue 20, point 3).
    assert err == ('euca-run-instances: error: connected to '
                   f'127.0.0.1:{server.port}, but no complete answer within '
                   '1 s; the RunInstances request was sent, so it may or may '
                   f'not have taken effect: it carried ClientToken {token}, '
                   f'so running it again with --client-token {token} '
                   'finishes it without doing it twice\n')


@pytest.mark.parametrize('last', [
    reply(503, b'busy'),
    reply(500, b'<Response><Errors><Error><Code>InternalError</Code>'
          b'<Message>oops</Message></Error></Errors></Response>')])
def test_a_lost_answer_then_errors_is_an_unknown_outcome(run, server, last):
    """The first attempt reached the server and its answer was lost; the
    retries were refused: the instances may still exist."""
    server.script = [hang(), last]
    code, out, err = run(RunInstances, ['ami-1'], **FAST)
    assert (code, out) == (1, '')
    assert len(server.requests) == 3
    token = server.requests[0].params['ClientToken']
    assert 'the RunInstances request was sent, so it may or may not have ' \
        'taken effect' in err
    assert err.endswith(f'running it again with --client-token {token} '
                        'finishes it without doing it twice\n')


def test_a_definite_error_without_a_lost_answer_is_plain(run, server):
    server.script = [reply(503, b'busy')]
    code, out, err = run(RunInstances, ['ami-1'], **FAST)
    assert (code, out) == (1, '')
    assert err == ('euca-run-instances: error (503): Status\n'
                   'euca-run-instances: run with --debug to see the '
                   'exchange\n')


def test_a_user_client_token_is_kept(run, server):
    server.script = [hang()]
    run(RunInstances, ['ami-1', '--client-token', 'mine'], **FAST,
        EUCA_MAX_RETRIES='1')
    assert [r.params['ClientToken'] for r in server.requests] == \
        ['mine', 'mine']


def test_a_call_without_a_token_is_not_sent_twice(run, server):
    server.script = [hang()]
    code, out, err = run(CreateVolume, ['-z', 'z1', '-s', '1'], **FAST)
    assert code == 1 and out == ''
    assert len(server.requests) == 1
    assert 'CreateVolume request was sent, so it may or may not have taken ' \
        'effect' in err
    assert err.count('\n') == 1


def test_a_refused_call_is_retried_even_without_a_token(run, server):
    busy = (b'<Response><Errors><Error><Code>RequestLimitExceeded</Code>'
            b'<Message>slow down</Message></Error></Errors></Response>')
    server.script = [reply(503, b'busy'), reply(400, busy),
                     reply(200, b'<CreateVolumeResponse><volumeId>vol-1'
                            b'</volumeId></CreateVolumeResponse>')]
    code, out, err = run(CreateVolume, ['-z', 'z1', '-s', '1'])
    assert (code, err) == (0, '')
    assert out.startswith('VOLUME\tvol-1')
    assert len(server.requests) == 3


def test_a_server_error_after_sending_is_not_retried_without_a_token(
        run, server):
    server.script = [reply(500, b'<Response><Errors><Error><Code>'
                           b'InternalError</Code><Message>oops</Message>'
                           b'</Error></Errors></Response>')]
    code, _, err = run(CreateVolume, ['-z', 'z1', '-s', '1'])
    assert code == 1
    assert err == ('euca-create-volume: error (InternalError): oops\n'
                   'euca-create-volume: run with --debug to see the '
                   'exchange\n')
    assert len(server.requests) == 1


def test_describes_are_retried_after_a_timeout(run, server):
    server.script = [hang(), reply(200, ZONES)]
    code, out, err = run(DescribeAvailabilityZones, [], **FAST)
    assert (code, err) == (0, '')
    assert out.startswith('AVAILABILITYZONE\tz1')
    assert len(server.requests) == 2


def test_on_a_terminal_each_retry_is_announced(run, server, monkeypatch):
    # An endpoint that accepts and never answers is minutes of silence:
    # on a terminal, each retry says why it comes (off one: the test above).
    import sys
    monkeypatch.setattr(sys.stderr, 'isatty', lambda: True, raising=False)
    server.script = [hang(), hang(), reply(200, ZONES)]
    code, out, err = run(DescribeAvailabilityZones, [], **FAST)
    assert code == 0 and out.startswith('AVAILABILITYZONE\tz1')
    why = (f'euca-describe-availability-zones: connected to 127.0.0.1:'
           f'{server.port}, but no complete answer within 1 s; retrying')
    assert err == f'{why} (2 of 3)\n{why} (3 of 3)\n'


# -- 2. a 200 is success only if it is the answer asked for -------------------

def test_an_html_page_at_200_is_an_error(run, server):
    server.script = [reply(200, b'<!DOCTYPE html><html><head><title>Sign in '
                           b'- Corporate Proxy</title></head><body><form>'
                           b'</body></html>',
                           {'Content-Type': 'text/html'})]
    code, out, err = run(RunInstances, ['ami-1'])
    assert code == 1 and out == ''
    assert err == (f'euca-run-instances: error: the answer from 127.0.0.1:'
                   f'{server.port} (HTTP 200) is not the RunInstancesResponse '
                   'asked for: it is an HTML page titled "Sign in - Corporate '
                   'Proxy"\n')


def test_an_error_document_at_200_is_the_servers_error(run, server):
    server.script = [reply(200, b'<Response><Errors><Error><Code>'
                           b'InsufficientInstanceCapacity</Code><Message>no '
                           b'room</Message></Error></Errors></Response>')]
    code, out, err = run(RunInstances, ['ami-1'])
    assert (code, out) == (1, '')
    assert err == ('euca-run-instances: error (InsufficientInstanceCapacity):'
                   ' no room\n'
                   'euca-run-instances: run with --debug to see the '
                   'exchange\n')


def test_another_actions_answer_at_200_is_an_error(run, server):
    server.script = [reply(200, ZONES)]
    code, out, err = run(RunInstances, ['ami-1'])
    assert (code, out) == (1, '')
    assert err.endswith('is a <DescribeAvailabilityZonesResponse> document, '
                        'not the RunInstancesResponse asked for\n')


def test_a_root_named_after_the_action_is_the_answer(run, server):
    """AWS documents AssignPrivateIpAddresses' answer with the root
    <AssignPrivateIpAddresses>, without the Response suffix."""
    server.script = [reply(200, (
        b'<AssignPrivateIpAddresses xmlns="http://ec2.amazonaws.com/doc/'
        b'2016-11-15/"><requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE'
        b'</requestId><return>true</return></AssignPrivateIpAddresses>'))]
    code, out, err = run(AssignPrivateIpAddresses,
                         ['eni-1', '--secondary-private-ip-address-count',
                          '2'])
    assert (code, err) == (0, '')
    assert server.requests[0].params['Action'] == 'AssignPrivateIpAddresses'


@pytest.mark.parametrize('root', [b'AssignPrivateIpAddressesResult',
                                  b'UnassignPrivateIpAddresses',
                                  b'AssignPrivateIpAddressesResponseX'])
def test_a_root_naming_something_else_is_still_refused(run, server, root):
    server.script = [reply(200, b'<%s><return>true</return></%s>'
                           % (root, root))]
    code, out, err = run(AssignPrivateIpAddresses,
                         ['eni-1', '--secondary-private-ip-address-count',
                          '2'])
    assert (code, out) == (1, '')
    assert err.endswith(f'is a <{root.decode()}> document, not the '
                        'AssignPrivateIpAddressesResponse asked for\n')


def test_an_empty_200_is_an_error(run, server):
    server.script = [reply(200, b'')]
    code, out, err = run(DescribeInstances, [])
    assert (code, out) == (1, '')
    assert err.endswith('is not the DescribeInstancesResponse asked for: it '
                        'is empty\n')


# -- 3. paging ends -----------------------------------------------------------

def test_a_repeated_next_token_stops_paging(run, server):
    page = (b'<DescribeNatGatewaysResponse><natGatewaySet/><nextToken>again'
            b'</nextToken></DescribeNatGatewaysResponse>')
    server.script = [reply(200, page)]
    code, out, err = run(DescribeNatGateways, [])
    assert (code, out) == (1, '')
    assert len(server.requests) == 2
    assert err == ('euca-describe-nat-gateways: error: the server sent the '
                   'same nextToken twice (after 2 pages); stopping rather '
                   'than looping over the same results\n')


def test_pages_share_one_connection(run, server):
    first = (b'<DescribeNatGatewaysResponse><natGatewaySet><item>'
             b'<natGatewayId>nat-1</natGatewayId></item></natGatewaySet>'
             b'<nextToken>t2</nextToken></DescribeNatGatewaysResponse>')
    last = (b'<DescribeNatGatewaysResponse><natGatewaySet><item>'
            b'<natGatewayId>nat-2</natGatewayId></item></natGatewaySet>'
            b'</DescribeNatGatewaysResponse>')
    server.script = [reply(200, first), reply(200, last)]
    code, out, err = run(DescribeNatGateways, [])
    assert (code, err) == (0, '')
    assert [line.split('\t')[1] for line in out.splitlines()] == \
        ['nat-1', 'nat-2']
    assert server.requests[1].params['NextToken'] == 't2'
    assert server.connections == 1


# -- 4. time is bounded -------------------------------------------------------

@pytest.mark.parametrize('headers_too', [False, True])
def test_a_dripping_server_is_cut_off_at_the_timeout(run, server,
                                                     headers_too):
    server.script = [drip(200, ZONES, interval=0.1, headers_too=headers_too)]
    start = time.monotonic()
    code, out, err = run(DescribeAvailabilityZones, [], EUCA_MAX_RETRIES='0',
                         **FAST)
    elapsed = time.monotonic() - start
    assert (code, out) == (1, '')
    assert elapsed < 3, elapsed   # one attempt of 1 s, not 25 s of drip
    assert err == ('euca-describe-availability-zones: error: connected to '
                   f'127.0.0.1:{server.port}, but no complete answer within '
                   '1 s\n')


def test_a_late_watchdog_still_gives_the_deadline_message(run, server,
                                                         monkeypatch):
    """On a loaded machine the watchdog thread may wake late; the socket's
    own timeout must not beat it with a second, different message."""
    arm = deadline.Watchdog.arm

    def late_arm(self, conn, seconds, phase):
        arm(self, conn, seconds + (0.6 if phase == 'answer' else 0), phase)

    monkeypatch.setattr(deadline.Watchdog, 'arm', late_arm)
    server.script = [hang()]
    code, out, err = run(DescribeAvailabilityZones, [], EUCA_MAX_RETRIES='0',
                         **FAST)
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error: connected to '
                   f'127.0.0.1:{server.port}, but no complete answer within '
                   '1 s\n')


def test_a_tls_handshake_that_never_ends_is_a_connect_timeout(run, server):
    server.mute = True
    start = time.monotonic()
    code, _, err = run(DescribeAvailabilityZones,
                       ['-U', f'https://127.0.0.1:{server.port}/'],
                       EUCA_MAX_RETRIES='0', **FAST)
    assert code == 1 and time.monotonic() - start < 3
    assert err == ('euca-describe-availability-zones: error: could not '
                   f'connect to 127.0.0.1:{server.port} within 1 s\n')


def test_a_url_without_a_scheme_says_what_was_assumed(inprocess, server):
    server.mute = True
    code, _, err = inprocess(DescribeAvailabilityZones, [], env={
        'EC2_URL': f'127.0.0.1:{server.port}', 'EUCA_MAX_RETRIES': '0',
        **FAST})
    assert code == 1
    assert err == ('euca-describe-availability-zones: error: could not '
                   f'connect to 127.0.0.1:{server.port} within 1 s (EC2_URL '
                   f"'127.0.0.1:{server.port}' has no scheme; https:// was "
                   'assumed (write http:// for a plain-HTTP endpoint))\n')


def test_flags_beat_environment_and_config(run, server, home):
    (home / '.euca' / 'slow.ini').write_text('[global]\ntimeout = 60\n')
    server.script = [hang()]
    start = time.monotonic()
    code, _, err = run(DescribeAvailabilityZones,
                       ['--read-timeout', '0.5', '--max-retries', '0'],
                       EUCA_READ_TIMEOUT='30')
    assert code == 1 and time.monotonic() - start < 3
    assert 'no complete answer within 0.5 s' in err
    assert len(server.requests) == 1


@pytest.mark.parametrize('value', ['0', '-1', 'nan', 'inf', 'soon'])
def test_bad_timeouts_are_named(run, home, value):
    (home / '.euca' / 'bad.ini').write_text(f'[global]\ntimeout = {value}\n')
    code, out, err = run(DescribeAvailabilityZones, [])
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error: config option '
                   'timeout ([global]): expected a positive number of '
                   f'seconds, not {value!r}\n')


@pytest.mark.parametrize('flag, value, message', [
    ('--connect-timeout', '0', "--connect-timeout: expected a positive number "
                               "of seconds, not '0'"),
    ('--max-retries', '-1', "--max-retries: expected a whole number from 0 "
                            "to 50, not '-1'"),
])
def test_bad_flags_are_named(run, flag, value, message):
    code, _, err = run(DescribeAvailabilityZones, [f'{flag}={value}'])
    assert code == 1
    assert err == f'euca-describe-availability-zones: error: {message}\n'


# -- 5. memory is bounded -----------------------------------------------------

def test_an_answer_declared_too_large_is_refused_unread(run, server):
    server.script = [endless(declared=200 * 2**20, limit=4 * 2**20)]
    code, out, err = run(DescribeAvailabilityZones, [])
    assert (code, out) == (1, '')
    assert err == (f'euca-describe-availability-zones: error: the answer '
                   f'from 127.0.0.1:{server.port} is larger than 128 MiB '
                   '(max-response-size); narrow the request (filters, IDs) '
                   'or raise max-response-size in the config or '
                   'EUCA_MAX_RESPONSE_SIZE\n')


def test_an_endless_answer_stops_at_the_bound(run, server):
    server.script = [endless(limit=64 * 2**20)]
    code, out, err = run(DescribeAvailabilityZones, [],
                         EUCA_MAX_RESPONSE_SIZE='2M')
    assert (code, out) == (1, '')
    assert 'is larger than 2 MiB (max-response-size)' in err


def test_a_streamed_answer_is_bounded_per_item(run, server):
    # Items outside the streamed list (reservationSet) are never released.
    server.script = [endless(limit=64 * 2**20)]
    code, out, err = run(DescribeInstances, [], EUCA_MAX_RESPONSE_SIZE='2M')
    assert (code, out) == (1, '')
    assert err == (f'euca-describe-instances: error: the answer from '
                   f'127.0.0.1:{server.port} is larger than 2 MiB in one '
                   'piece (max-response-size); narrow the request (filters, '
                   'IDs) or raise max-response-size in the config or '
                   'EUCA_MAX_RESPONSE_SIZE\n')


def test_a_streamed_answer_may_be_larger_than_the_bound(run, server):
    item = (b'<item><reservationId>r-1</reservationId><instancesSet><item>'
            b'<instanceId>i-1</instanceId></item></instancesSet></item>')
    body = (b'<DescribeInstancesResponse><reservationSet>' + item * 40000
            + b'</reservationSet></DescribeInstancesResponse>')
    assert len(body) > 4 * 2**20
    server.script = [reply(200, body)]
    code, out, err = run(DescribeInstances, [], EUCA_MAX_RESPONSE_SIZE='1M')
    assert (code, err) == (0, '')
    assert out.count('RESERVATION\tr-1') == 40000


# -- nothing half-made is reported as made ------------------------------------

def test_a_key_pair_without_key_material_is_deleted(run, server, tmp_path):
    from euca2ools.commands.euca.createkeypair import CreateKeyPair
    server.script = [
        reply(200, b'<CreateKeyPairResponse><keyName>k1</keyName>'
                   b'<keyFingerprint>aa:bb</keyFingerprint>'
                   b'</CreateKeyPairResponse>'),
        reply(200, b'<DeleteKeyPairResponse><return>true</return>'
                   b'</DeleteKeyPairResponse>')]
    key_file = tmp_path / 'k1.pem'
    code, out, err = run(CreateKeyPair, ['k1', '-f', key_file])
    assert (code, out) == (1, '')
    assert err.count('\n') == 1 and 'keyMaterial' in err
    assert [r.params['Action'] for r in server.requests] == \
        ['CreateKeyPair', 'DeleteKeyPair']
    assert not key_file.exists()


def test_an_upload_answered_without_an_etag_is_not_stored(server):
    server.script = [reply(200, b'')]      # 200, but no ETag header
    s3 = _s3(server, http.HttpClient(max_retries=0))
    with pytest.raises(ClientError) as caught:
        s3.put_object('bucket', 'img.part.0', b'data')
    assert 'without an ETag' in str(caught.value)


# -- the transport itself -----------------------------------------------------

def test_header_values_never_reach_an_error_message():
    client = http.HttpClient(max_retries=0)
    with pytest.raises(ClientError) as caught:
        client.request('POST', 'http://127.0.0.1:9/', lambda url: (
            {'X-Amz-Security-Token': 'tok\nSignature=secretsig'}, b''))
    assert 'secretsig' not in str(caught.value)
    assert 'tok' not in str(caught.value).replace('Token', '')
    assert str(caught.value) == ('refusing to send a X-Amz-Security-Token '
                                 'header that holds a control character')


def test_proxy_and_no_proxy(server):
    server.script = [reply(200, b'ok')]
    client = http.HttpClient(max_retries=0, environ={
        'http_proxy': f'http://user:pw@127.0.0.1:{server.port}'})
    response = client.request('GET', 'http://cloud.invalid:8773/x?y=1',
                              lambda url: ({}, b''))
    assert response.content == b'ok'
    sent = server.requests[0]
    assert sent.target == 'http://cloud.invalid:8773/x?y=1'
    assert sent.headers['host'] == 'cloud.invalid:8773'
    assert sent.headers['proxy-authorization'] == 'Basic dXNlcjpwdw=='
    bypass = http.HttpClient(max_retries=0, environ={
        'HTTP_PROXY': 'http://127.0.0.1:9', 'NO_PROXY': 'localhost,127.0.0.1'})
    bypass.request('GET', server.url + 'direct', lambda url: ({}, b''))
    assert server.requests[1].target == '/direct'


@pytest.fixture
def tls_server(tmp_path):
    from testbed import make_identity
    key, cert = make_identity(tmp_path, 'server', ip='127.0.0.1')
    server = HostileServer(tls=(cert, key))
    server.script = [reply(200, ZONES)]
    server.cert = cert
    yield server
    server.close()


def test_tls_is_verified_by_default(run, tls_server):
    code, _, err = run(DescribeAvailabilityZones, ['-U', tls_server.url])
    assert code == 1
    assert err.startswith('euca-describe-availability-zones: error: TLS '
                          f'error talking to 127.0.0.1:{tls_server.port}: ')
    assert 'verify-ssl = false' in err and err.count('\n') == 1


@pytest.mark.parametrize('variable', ['AWS_CA_BUNDLE', 'REQUESTS_CA_BUNDLE',
                                      'SSL_CERT_FILE'])
def test_a_ca_bundle_from_the_environment(run, tls_server, variable):
    bundles = dict.fromkeys(('AWS_CA_BUNDLE', 'REQUESTS_CA_BUNDLE',
                             'SSL_CERT_FILE'), '')
    code, out, err = run(DescribeAvailabilityZones, ['-U', tls_server.url],
                         **{**bundles, variable: tls_server.cert})
    assert (code, err) == (0, '')
    assert out.startswith('AVAILABILITYZONE\tz1')


def test_verify_ssl_false(run, tls_server, home):
    (home / '.euca' / 'r.ini').write_text(
        '[global]\ndefault-region = r\n[region r]\nverify-ssl = false\n')
    code, out, err = run(DescribeAvailabilityZones, ['-U', tls_server.url])
    assert (code, err) == (0, '')


def _connect_proxy():
    """A one-connection-at-a-time CONNECT proxy on 127.0.0.1; returns
    (port, list of CONNECT targets seen, closer)."""
    import socket
    import threading
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(4)
    seen = []

    def pipe(src, dst):
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def serve():
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            head = b''
            while b'\r\n\r\n' not in head:
                head += client.recv(4096)
            target = head.split()[1].decode()
            seen.append(target)
            host, port = target.rsplit(':', 1)
            upstream = socket.create_connection((host, int(port)))
            client.sendall(b'HTTP/1.1 200 Connection established\r\n\r\n')
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=pipe, args=(a, b),
                                 daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], seen, listener.close


def test_https_through_a_connect_proxy(run, tls_server):
    port, seen, close = _connect_proxy()
    try:
        code, out, err = run(DescribeAvailabilityZones, ['-U', tls_server.url],
                             AWS_CA_BUNDLE=tls_server.cert,
                             HTTPS_PROXY=f'http://127.0.0.1:{port}')
    finally:
        close()
    assert (code, err) == (0, '')
    assert out.startswith('AVAILABILITYZONE\tz1')
    assert seen == [f'127.0.0.1:{tls_server.port}']


def test_debug_shows_the_exchange_with_secrets_redacted(run, server):
    server.script = [reply(200, ZONES)]
    code, out, err = run(DescribeAvailabilityZones, ['--debug'],
                         AWS_SESSION_TOKEN='sessiontokenvalue')
    assert code == 0
    assert f'--> POST {server.url}' in err and '<-- 200 OK' in err
    assert 'Signature=<redacted>' in err
    assert 'inprocess-secret' not in err and 'sessiontokenvalue' not in err
    assert '<zoneName>z1</zoneName>' in err


def test_a_download_reset_midway_is_fetched_again(server, tmp_path):
    data = bytes(range(256)) * 4096    # 1 MiB
    server.script = [reset_after(200, data, cut=300000), reply(200, data)]
    client = http.HttpClient(max_retries=2)
    s3 = _s3(server, client)
    with open(tmp_path / 'part', 'wb') as out:
        info = s3.get_object('bucket', 'part.0', out)
    assert (tmp_path / 'part').read_bytes() == data
    assert info.size == len(data)
    assert len(server.requests) == 2


def test_a_download_that_keeps_breaking_is_a_clean_error(server, tmp_path):
    server.script = [reset_after(200, b'x' * 100000, cut=5000)]
    s3 = _s3(server, http.HttpClient(max_retries=1))
    with open(tmp_path / 'part', 'wb') as out, \
            pytest.raises(ClientError) as caught:
        s3.get_object('bucket', 'part.0', out)
    assert str(caught.value).startswith('download of bucket/part.0 failed: '
                                        'the connection to 127.0.0.1:')
    assert len(server.requests) == 2


def _s3(server, client):
    from euca2ools.core.command import Context
    from euca2ools.core.s3 import S3
    context = Context(environ={'S3_URL': server.url,
                               'AWS_ACCESS_KEY_ID': 'AKID',
                               'AWS_SECRET_ACCESS_KEY': 'secret',
                               'EUCA_CONFIG_PATH': '/nonexistent'})
    s3 = S3(context)
    s3._local.http = client
    return s3


# -- an interrupt while a call is in flight (issue 21, point 7) ---------------

@pytest.mark.parametrize('signame, code', [('SIGINT', 130),
                                           ('SIGTERM', 143)])
@pytest.mark.parametrize('argv, token', [
    (['euca-run-instances', 'ami-1', '-n', '3'], True),
    (['euca-create-volume', '-z', 'z1', '-s', '1'], False),
    (['euca-create-keypair', 'k1'], False)])
def test_an_interrupted_call_in_flight_is_an_unknown_outcome(
        server, home, signame, code, argv, token):
    import os
    import signal
    import subprocess
    import sys
    from tests.conftest import clean_environ
    server.script = [hang()]
    env = dict(clean_environ(home), EC2_URL=server.url,
               AWS_ACCESS_KEY_ID='AKID', AWS_SECRET_ACCESS_KEY='secret')
    proc = subprocess.Popen(
        [os.path.join(os.path.dirname(sys.executable), argv[0])] + argv[1:],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not server.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.requests, 'the request never came'
    proc.send_signal(getattr(signal, signame))
    out, err = proc.communicate(timeout=10)
    assert (proc.returncode, out) == (code, '')
    action = server.requests[0].params['Action']
    assert f'the {action} request was sent, so it may or may not have ' \
        'taken effect' in err
    if token:
        client_token = server.requests[0].params['ClientToken']
        assert f'--client-token {client_token}' in err
    assert err.count('\n') == 1


# -- Ctrl-C during an upload acts at once (issue 21, point 6) -----------------

@pytest.mark.parametrize('signame, code', [('SIGINT', 130),
                                           ('SIGTERM', 143)])
def test_an_interrupted_upload_stops_at_once_and_names_what_it_left(
        server, home, tmp_path, signame, code):
    import hashlib
    import os
    import signal
    import subprocess
    import sys
    from tests.bundle_fixtures import make_certs
    from tests.conftest import clean_environ
    from tests.hostile_server import _head
    from euca2ools.bundle import create_bundle
    certs = make_certs(str(tmp_path))
    image = tmp_path / 'img.raw'
    image.write_bytes(os.urandom(5000))
    bundle = create_bundle(str(image), str(tmp_path), 'x86_64',
                           ec2cert=certs['cloud-cert'],
                           cert=certs['user-cert'],
                           privatekey=certs['user-pk'], user='1',
                           part_size=1000)

    def store(sock, request):
        etag = hashlib.md5(request.body).hexdigest()
        sock.sendall(_head(200, {'ETag': f'"{etag}"'}, 0))
        return True

    # The bucket exists, the first part goes up, the rest hang.
    server.script = [reply(200, b''), store, hang()]
    env = dict(clean_environ(home), S3_URL=server.url,
               AWS_ACCESS_KEY_ID='AKID', AWS_SECRET_ACCESS_KEY='secret')
    proc = subprocess.Popen(
        [os.path.join(os.path.dirname(sys.executable), 'euca-upload-bundle'),
         '-b', 'bkt', '-m', bundle.manifest_path], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while len(server.requests) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    start = time.monotonic()
    proc.send_signal(getattr(signal, signame))
    out, err = proc.communicate(timeout=30)
    assert time.monotonic() - start < 1.5
    assert proc.returncode == code
    assert 'the manifest was not uploaded, and 1 part(s) were left in ' \
        'bucket bkt (img.raw.part.' in err
    assert f'euca-delete-bundle -b bkt --local-manifest ' \
        f'{bundle.manifest_path}' in err
    assert err.count('\n') == 1
