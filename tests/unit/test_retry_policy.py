"""The retry policy as a table: euca2ools.core.http.retry.should_retry is a
pure function of the attempt and how it ended."""

import pytest
import responses

from euca2ools.core.http import HttpClient, retry

# (why, attempt, max_retries, idempotent, how it ended, expected); "how" is
# an HTTP status with throttled= or a transport failure with sent=/final=.
ANSWERS = [
    ('success is not retried', 0, 2, True, dict(status=200), False),
    ('a redirect status is not an error', 0, 2, True, dict(status=301),
     False),
    ('429 was refused: always retried', 0, 2, False, dict(status=429), True),
    ('503 was refused: always retried', 0, 2, False, dict(status=503), True),
    ('a throttling code was refused: always retried', 0, 2, False,
     dict(status=400, throttled=True), True),
    ('throttling at 500 is refused too', 0, 2, False,
     dict(status=500, throttled=True), True),
    ('a plain client error is not retried', 0, 2, True, dict(status=400),
     False),
    ('404 is not retried', 0, 2, True, dict(status=404), False),
    ('"throttled" below 400 means nothing', 0, 2, False,
     dict(status=200, throttled=True), False),
    ('500 may be retried when idempotent', 0, 2, True, dict(status=500),
     True),
    ('502 may be retried when idempotent', 1, 2, True, dict(status=502),
     True),
    ('504 may be retried when idempotent', 0, 2, True, dict(status=504),
     True),
    ('500 may have acted: not for a non-idempotent call', 0, 2, False,
     dict(status=500), False),
    ('504 may have acted: not for a non-idempotent call', 0, 2, False,
     dict(status=504), False),
    ('no retries left', 2, 2, False, dict(status=503), False),
    ('no retries at all', 0, 0, True, dict(status=503), False),
    ('throttled, no retries left', 1, 1, True,
     dict(status=400, throttled=True), False),
]
FAILURES = [
    ('not sent: safe for any call', 0, 2, False, dict(sent=False), True),
    ('not sent, idempotent', 1, 2, True, dict(sent=False), True),
    ('sent, idempotent: safe again', 0, 2, True, dict(sent=True), True),
    ('sent, not idempotent: outcome unknown', 0, 2, False, dict(sent=True),
     False),
    ('final (refused, unknown host, TLS)', 0, 2, True,
     dict(sent=False, final=True), False),
    ('final and sent', 0, 2, True, dict(sent=True, final=True), False),
    ('no retries left', 2, 2, True, dict(sent=False), False),
    ('no retries at all', 0, 0, False, dict(sent=False), False),
]


@pytest.mark.parametrize('why, attempt, max_retries, idempotent, how, '
                         'expected', ANSWERS + FAILURES,
                         ids=[row[0] for row in ANSWERS + FAILURES])
def test_should_retry(why, attempt, max_retries, idempotent, how, expected):
    assert retry.should_retry(attempt, max_retries, idempotent,
                              **how) is expected


@pytest.mark.parametrize('status, expected', [
    (200, False), (304, False), (400, True), (403, True), (429, False),
    (500, True), (503, False)])
def test_only_an_ambiguous_error_needs_its_body_read(status, expected):
    assert retry.needs_throttle_check(status) is expected


@pytest.mark.parametrize('attempt, cap', [
    (0, 0.3), (1, 0.6), (3, 2.4), (5, 9.6), (6, 15.0), (20, 15.0)])
def test_backoff_is_full_jitter_under_a_doubling_cap(attempt, cap):
    delays = [retry.backoff_delay(attempt) for _ in range(200)]
    assert all(0 <= delay <= cap for delay in delays)
    assert max(delays) > cap / 2


@responses.activate
def test_the_client_waits_as_retry_backoff_delay_says(monkeypatch):
    """Tests patch retry.backoff_delay to skip waiting: the client must look
    it up there."""
    asked, slept = [], []
    monkeypatch.setattr(retry, 'backoff_delay',
                        lambda attempt: asked.append(attempt) or 0.125)
    responses.get('http://cloud.test/x', status=503)
    responses.get('http://cloud.test/x', status=503)
    responses.get('http://cloud.test/x', status=200, body=b'ok')
    client = HttpClient(max_retries=2)
    client.sleep = slept.append
    response = client.request('GET', 'http://cloud.test/x',
                              lambda url: ({}, b''))
    assert (response.status_code, response.content) == (200, b'ok')
    assert (asked, slept) == ([0, 1], [0.125, 0.125])


# -- Retry-After (issue 20, point 15) -----------------------------------------

@pytest.mark.parametrize('value, expected', [
    (None, None), ('', None), ('3', 3.0), ('0', 0.0), ('3600', 20.0),
    ('soon', None), ('Wed, 21 Oct 2015 07:28:10 GMT', 5.0),
    ('Wed, 21 Oct 2015 07:28:00 GMT', 0.0)])
def test_retry_after_reads_seconds_and_dates_capped(value, expected):
    now = 1445412485.0        # 2015-10-21T07:28:05Z
    assert retry.retry_after(value, now) == expected


@pytest.mark.real_http
@pytest.mark.parametrize('status', [429, 503])
def test_the_client_waits_as_long_as_retry_after_asks(server, status,
                                                      monkeypatch):
    from tests.hostile_server import reply
    monkeypatch.setattr(retry, 'backoff_delay', lambda attempt: 0.01)
    server.script = [reply(status, b'busy', headers={'Retry-After': '4'}),
                     reply(200, b'ok')]
    client = HttpClient(max_retries=1)
    waits = []
    client.sleep = waits.append
    response = client.request('GET', server.url, lambda url: ({}, b''))
    assert response.content == b'ok'
    assert waits == [4.0]
