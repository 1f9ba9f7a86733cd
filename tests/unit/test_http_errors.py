"""Error and retry paths that a real server cannot be made to produce."""

import pytest
import requests
import responses

from tests.query_helpers import ZONES, sent

from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.commands.euca.describeinstances import DescribeInstances

URL = 'http://cloud.test/'
THROTTLED = (b'<Response><Errors><Error><Code>RequestLimitExceeded</Code>'
             b'<Message>Request limit exceeded.</Message></Error></Errors>'
             b'</Response>')
NOT_FOUND = (b'<Response><Errors><Error><Code>InvalidInstanceID.NotFound'
             b'</Code><Message>The instance ID \'i-1\' does not exist'
             b'</Message></Error></Errors><RequestID>x</RequestID></Response>')


@responses.activate
def test_retries_5xx_and_throttling_then_succeeds(inprocess):
    responses.post(URL, status=503, body=b'busy')
    responses.post(URL, status=400, body=THROTTLED)
    responses.post(URL, status=200, body=ZONES)
    code, out, err = inprocess(DescribeAvailabilityZones, [])
    assert (code, err) == (0, '')
    assert out == 'AVAILABILITYZONE\tz1\tavailable\t\n'
    assert len(responses.calls) == 3
    # Every attempt is signed afresh.
    assert all('AWS4-HMAC-SHA256' in c.request.headers['Authorization']
               for c in responses.calls)


@responses.activate
def test_gives_up_after_max_retries(inprocess, home):
    (home / '.euca' / 'retries.ini').write_text(
        '[global]\nmax-retries = 1\n')
    responses.post(URL, status=500, body=b'<html><title>Internal Server '
                   b'Error</title></html>')
    code, out, err = inprocess(DescribeAvailabilityZones, [])
    assert code == 1 and out == ''
    assert err == ('euca-describe-availability-zones: error (500): '
                   'Internal Server Error\n'
                   'euca-describe-availability-zones: run with --debug to '
                   'see the exchange\n')
    assert len(responses.calls) == 2


@responses.activate
def test_client_errors_are_not_retried(inprocess):
    responses.post(URL, status=400, body=NOT_FOUND)
    code, _, err = inprocess(DescribeInstances, ['i-1'])
    assert code == 1
    assert err == ("euca-describe-instances: error "
                   "(InvalidInstanceID.NotFound): The instance ID 'i-1' does "
                   "not exist\n"
                   'euca-describe-instances: request ID x; run with --debug '
                   'to see the exchange\n')
    assert len(responses.calls) == 1
    assert sent(0)['InstanceId.1'] == 'i-1'


@responses.activate
def test_a_bare_500_names_the_request_id_of_its_headers(inprocess):
    # No error document, so the request ID comes from the answer's headers;
    # the error's own line stays as scripts parse it.
    responses.post(URL, status=500, body=b'', headers={
        'x-amzn-RequestId': '1234-abcd'})
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'EUCA_MAX_RETRIES': '0'})
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error (500): '
                   'Internal Server Error\n'
                   'euca-describe-availability-zones: request ID 1234-abcd; '
                   'run with --debug to see the exchange\n')


@responses.activate
def test_with_debug_the_hint_is_the_request_id_alone(inprocess):
    responses.post(URL, status=400, body=NOT_FOUND)
    code, _, err = inprocess(DescribeInstances, ['i-1', '--debug'])
    assert code == 1
    lines = err.splitlines()
    assert lines[-2:] == [
        "euca-describe-instances: error (InvalidInstanceID.NotFound): The "
        "instance ID 'i-1' does not exist",
        'euca-describe-instances: request ID x']


@responses.activate
def test_malformed_xml_from_the_server(inprocess):
    responses.post(URL, status=200, body=b'<DescribeInstancesResponse><reserv')
    code, out, err = inprocess(DescribeInstances, [])
    assert code == 1 and out == ''
    assert err.startswith('euca-describe-instances: error: the answer from '
                          'cloud.test (HTTP 200) is not the '
                          'DescribeInstancesResponse asked for: the response '
                          'is not valid XML')
    assert err.count('\n') == 1


@responses.activate
def test_connection_reset_is_retried(inprocess):
    responses.post(URL, body=requests.exceptions.ConnectionError(
        ConnectionResetError(104, 'Connection reset by peer')))
    responses.post(URL, status=200, body=ZONES)
    code, out, _ = inprocess(DescribeAvailabilityZones, [])
    assert code == 0 and 'z1' in out
    assert len(responses.calls) == 2


@pytest.mark.real_http
def test_unreachable_endpoint_fails_fast_with_one_line(inprocess):
    import socket
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        port = sock.getsockname()[1]   # closed again: nothing listens
    code, out, err = inprocess(DescribeAvailabilityZones,
                               ['-U', f'http://127.0.0.1:{port}/'])
    assert code == 1 and out == ''
    assert err == (f'euca-describe-availability-zones: error: could not '
                   f'connect to 127.0.0.1:{port}: Connection refused\n')


@responses.activate
def test_debug_redacts_secrets_and_signatures(inprocess):
    responses.post(URL, status=200, body=ZONES)
    code, _, err = inprocess(DescribeAvailabilityZones,
                             ['--debug', '-I', 'AKDEBUG', '-S', 'SUPERSECRET',
                              '--security-token', 'TOKENVALUE'])
    assert code == 0
    assert '--> POST http://cloud.test/' in err and '<-- 200' in err
    assert 'Signature=<redacted>' in err
    assert 'SUPERSECRET' not in err and 'TOKENVALUE' not in err
    signature = responses.calls[0].request.headers['Authorization'] \
        .rpartition('Signature=')[2]
    assert signature not in err


@responses.activate
def test_sigv2_region_sends_a_signed_form(inprocess, home):
    (home / '.euca' / 'old.ini').write_text(
        '[region old]\nec2-url = http://cloud.test/\nsignature-version = 2\n')
    responses.post(URL, status=200, body=ZONES)
    code, _, _ = inprocess(DescribeAvailabilityZones, ['--region', 'old'],
                           env={'EC2_URL': ''})
    assert code == 0
    params = sent(0)
    assert params['SignatureVersion'] == '2'
    assert params['SignatureMethod'] == 'HmacSHA256'
    assert params['AWSAccessKeyId'] == 'AKIDINPROCESS' and params['Signature']
    assert 'Authorization' not in responses.calls[0].request.headers


@pytest.mark.parametrize('argv, message', [
    (['--filter', 'nonsense=1'], "unknown filter name 'nonsense'"),
    (['--bogus-flag'], 'unrecognized arguments: --bogus-flag'),
])
def test_usage_errors_exit_2_without_sending(inprocess, argv, message):
    with responses.RequestsMock() as mock:
        code, out, err = inprocess(DescribeInstances, argv)
        assert len(mock.calls) == 0
    assert code == 2 and out == ''
    # The error first, then one usage line and where the rest is.
    first, usage, see = err.splitlines()
    assert first.startswith('euca-describe-instances: error: ')
    assert message in first
    assert usage == 'usage: euca-describe-instances [OPTIONS] [INSTANCE ...]'
    assert see == "see 'euca-describe-instances --help'"


def test_redaction_covers_every_signature_form():
    from euca2ools.core.http import redact
    text = redact('Authorization: AWS AKID:c2lnbmF0dXJl\n'
                  'Authorization: AWS4-HMAC-SHA256 Credential=AKID/x, '
                  'SignedHeaders=host, Signature=abc123\n'
                  'GET /b/k?AWSAccessKeyId=AKID&Expires=1&Signature=zzz\n'
                  'X-Amz-Security-Token: tok\n'
                  '<SecretAccessKey>s3cr3t</SecretAccessKey>')
    for secret in ('c2lnbmF0dXJl', 'abc123', 'zzz', 'tok', 's3cr3t'):
        assert secret not in text
    assert 'AKID' in text
