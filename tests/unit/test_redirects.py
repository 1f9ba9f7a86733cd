"""A signed request is never sent anywhere but where the user pointed it
(issue 20, point 2): Query calls follow no redirect, signed S3 requests only
to the same scheme, host and port, unsigned fetches never from https down
to http; a Location that is not a plain URL is a one-line error."""

import pytest

from euca2ools.commands.euare.createloginprofile import CreateLoginProfile
from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.core.errors import ClientError
from euca2ools.core.http.redirects import redirect_target
from tests.hostile_server import HostileServer, reply

pytestmark = pytest.mark.real_http


@pytest.fixture
def elsewhere():
    other = HostileServer()
    other.script = [reply(200, b'<CreateLoginProfileResponse/>')]
    yield other
    other.close()


@pytest.mark.parametrize('status', [301, 302, 303, 307, 308])
def test_a_query_call_follows_no_redirect(inprocess, server, elsewhere,
                                          status):
    server.script = [reply(status, b'', headers={
        'Location': elsewhere.url + 'steal'})]
    code, out, err = inprocess(CreateLoginProfile, [
        'alice', '-p', 'hunter2'], env={'AWS_IAM_URL': server.url})
    assert (code, out) == (1, '')
    assert elsewhere.requests == []          # the password went nowhere
    assert len(server.requests) == 1
    assert err == (f'euare-useraddloginprofile: error: 127.0.0.1:'
                   f'{server.port} answered HTTP {status} redirecting to '
                   f'{elsewhere.url}steal; not followed: this service never '
                   'redirects, and a signed request goes only to the '
                   'endpoint you named: check its URL\n')


def test_a_non_ascii_location_is_a_one_line_error(inprocess, server):
    server.script = [reply(302, b'', headers={
        'Location': 'http://\xe9vil.example/\x1b[2J'})]
    code, out, err = inprocess(DescribeAvailabilityZones, [],
                               env={'EC2_URL': server.url})
    assert (code, out) == (1, '')
    assert 'internal error' not in err and '\x1b' not in err
    assert err.endswith('not followed: the address is not a plain URL\n')
    assert err.count('\n') == 1


def s3_get(url):
    from euca2ools.core import Context
    from euca2ools.core.s3 import S3
    s3 = S3(Context(environ={'S3_URL': url, 'AWS_ACCESS_KEY_ID': 'AKID',
                             'AWS_SECRET_ACCESS_KEY': 'secret',
                             'EUCA_CONFIG_PATH': '/nonexistent'}))
    return s3.get_object_bytes('bkt', 'key')


def test_signed_s3_follows_a_redirect_on_the_same_endpoint(server):
    server.script = [reply(307, b'', headers={'Location': '/bkt/moved'}),
                     reply(200, b'the object')]
    assert s3_get(server.url) == b'the object'
    assert [r.target for r in server.requests] == ['/bkt/key', '/bkt/moved']


def test_signed_s3_never_follows_to_another_host(server, elsewhere):
    server.script = [reply(307, b'', headers={
        'Location': elsewhere.url + 'bkt/key'})]
    with pytest.raises(ClientError, match='a signed request goes only to '
                                          'the endpoint you named'):
        s3_get(server.url)
    assert elsewhere.requests == []


@pytest.mark.parametrize('url, location, policy, expected', [
    ('https://s3.example/b/k', '/b/k2', 'same-origin', 'https://s3.example/b/k2'),
    ('https://s3.example/b/k', 'https://s3.example:443/x', 'same-origin',
     'https://s3.example:443/x'),
    ('https://s3.example/b/k', 'http://s3.example/b/k', 'same-origin', None),
    ('https://s3.example/b/k', 'https://s3.other/b/k', 'same-origin', None),
    ('https://s3.example/b/k', 'https://s3.example:8443/b', 'same-origin',
     None),
    ('https://iam.example/', '/', 'never', None),
    ('https://cat.example/catalog', 'https://cdn.example/catalog',
     'unsigned', 'https://cdn.example/catalog'),
    ('http://cat.example/catalog', 'http://cdn.example/catalog',
     'unsigned', 'http://cdn.example/catalog'),
    ('https://cat.example/catalog', 'http://cdn.example/catalog',
     'unsigned', None),
    ('https://cat.example/catalog', 'file:///etc/passwd', 'unsigned', None),
])
def test_redirect_policy(url, location, policy, expected):
    if expected is None:
        with pytest.raises(ClientError, match='not followed'):
            redirect_target(url, 302, location, policy)
    else:
        assert redirect_target(url, 302, location, policy) == expected


def test_a_redirect_loop_ends(server):
    server.script = [reply(302, b'', headers={'Location': '/bkt/key'})]
    with pytest.raises(ClientError, match='more than 5 redirects'):
        s3_get(server.url)
    assert len(server.requests) == 6
