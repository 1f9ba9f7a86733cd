"""Every command ends in bounded time (issue 20, point 8): an answer that
keeps arriving -- fast enough for the progress rule (64 KiB per timeout),
never finishing -- ends at the total answer-deadline, with one line that
names the bound and how to raise it.  Against tests/hostile_server.py, with
a deadline of a second or two."""

import time

import pytest

from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.core import ClientError, Context, http
from euca2ools.core.settings import resolve, setting
from tests.hostile_server import drip, endless

pytestmark = pytest.mark.real_http

RESERVATION = (b'<item><reservationId>r-1</reservationId><instancesSet><item>'
               b'<instanceId>i-1</instanceId></item></instancesSet></item>')
# 64 KiB every 0.05 s: twenty times what the progress rule asks.
PACE = 0.05
FAST = {'EUCA_READ_TIMEOUT': '1', 'EUCA_CONNECT_TIMEOUT': '1',
        'EUCA_MAX_RETRIES': '0'}


def still_arriving(server, seconds):
    return (f'the answer from 127.0.0.1:{server.port} was still arriving '
            f'after {seconds} s (answer-deadline; raise it in the config or '
            'with EUCA_ANSWER_DEADLINE)')


@pytest.fixture
def run(inprocess, server):
    def run(command_class, argv, **env):
        start = time.monotonic()
        result = inprocess(command_class, argv,
                           env={'EC2_URL': server.url, **FAST, **env})
        return (*result, time.monotonic() - start)
    return run


def test_a_streamed_describe_ends_at_the_deadline(run, server):
    chunk = RESERVATION * (65536 // len(RESERVATION) + 1)
    server.script = [endless(
        prefix=b'<DescribeInstancesResponse><reservationSet>', chunk=chunk,
        interval=PACE)]
    code, out, err, elapsed = run(DescribeInstances, [],
                                  EUCA_ANSWER_DEADLINE='1.5')
    assert code == 1
    assert out.count('RESERVATION\tr-1') > 1000   # it was streaming
    assert err == ('euca-describe-instances: error: '
                   f'{still_arriving(server, 1.5)}\n')
    assert 1.4 < elapsed < 4, elapsed
    assert len(server.requests) == 1


def test_an_answer_read_whole_ends_at_the_deadline_too(run, server):
    """A timeout longer than the deadline does not stretch it."""
    zones = (b'<DescribeAvailabilityZonesResponse><availabilityZoneInfo>'
             + b' ' * 400 + b'</availabilityZoneInfo>'
             b'</DescribeAvailabilityZonesResponse>')
    server.script = [drip(200, zones, interval=0.01)]
    code, out, err, elapsed = run(DescribeAvailabilityZones, [],
                                  EUCA_READ_TIMEOUT='10',
                                  EUCA_ANSWER_DEADLINE='1')
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error: '
                   f'{still_arriving(server, 1)}\n')
    assert 0.9 < elapsed < 3, elapsed


def _s3(server, **env):
    from euca2ools.core.s3 import S3
    return S3(Context(environ={
        'S3_URL': server.url, 'AWS_ACCESS_KEY_ID': 'AKID',
        'AWS_SECRET_ACCESS_KEY': 'secret', 'EUCA_CONFIG_PATH': '/nonexistent',
        **FAST, **env}))


def test_an_s3_download_ends_at_the_deadline(server, tmp_path):
    server.script = [endless(prefix=b'', chunk=b'x' * 65536,
                             declared=2 ** 40, interval=PACE)]
    s3 = _s3(server, EUCA_ANSWER_DEADLINE='1.5')
    start = time.monotonic()
    with open(tmp_path / 'part', 'wb') as out, \
            pytest.raises(ClientError) as caught:
        s3.get_object('bucket', 'part.0', out)
    elapsed = time.monotonic() - start
    assert str(caught.value) == ('download of bucket/part.0 failed: '
                                 f'{still_arriving(server, 1.5)}')
    assert (tmp_path / 'part').stat().st_size > 10 * 65536
    assert 1.4 < elapsed < 4, elapsed


def test_the_deadline_error_says_the_request_was_sent(server):
    """sent=True: the retry rules treat it as a lost answer (a call that
    changes something is not sent again blindly)."""
    server.script = [endless(prefix=b'', chunk=b'x' * 65536, interval=PACE)]
    client = http.HttpClient(max_retries=0, timeout=1, answer_deadline=1)
    response = client.request('GET', server.url, lambda url: ({}, b''),
                              stream=True)
    with pytest.raises(http.TransportError) as caught:
        for _ in response.iter_content():
            pass
    assert caught.value.sent and not caught.value.final
    assert str(caught.value) == still_arriving(server, 1)


def test_a_complete_stream_within_the_deadline_is_untouched(server):
    body = b'y' * (3 * 65536 + 5)
    server.script = [endless(prefix=b'', chunk=body, declared=len(body),
                             limit=len(body))]
    client = http.HttpClient(max_retries=0, timeout=1, answer_deadline=5)
    response = client.request('GET', server.url, lambda url: ({}, b''),
                              stream=True)
    assert b''.join(response.iter_content()) == body


def test_the_setting(home):
    deadline = setting('answer-deadline')
    assert (deadline.env, deadline.flags, deadline.default) == \
        ('EUCA_ANSWER_DEADLINE', (), 900.0)
    env = {'EUCA_CONFIG_PATH': str(home / '.euca' / '*.ini')}
    assert resolve(Context(environ=env))['answer_deadline'] == 900.0
    (home / '.euca' / 'a.ini').write_text('[global]\nanswer-deadline = 60\n')
    assert resolve(Context(environ=env))['answer_deadline'] == 60.0
    env['EUCA_ANSWER_DEADLINE'] = '2.5'
    assert resolve(Context(environ=env))['answer_deadline'] == 2.5
    env['EUCA_ANSWER_DEADLINE'] = '0'
    with pytest.raises(ClientError) as caught:
        resolve(Context(environ=env))
    assert str(caught.value) == ('EUCA_ANSWER_DEADLINE: expected a positive '
                                 "number of seconds, not '0'")
