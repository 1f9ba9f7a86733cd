"""No secret in any message (issue 20, point 5) and proxies as curl and
requests read them (point 6)."""

import types

import pytest

from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.core.errors import redact_userinfo
from euca2ools.core.http import TransportError, proxy_for
from euca2ools.core.http.proxies import bypassed
from euca2ools.core.http.redact import debug
from tests.hostile_server import reply

pytestmark = pytest.mark.real_http
ZONES = (b'<DescribeAvailabilityZonesResponse><availabilityZoneInfo><item>'
         b'<zoneName>z1</zoneName></item></availabilityZoneInfo>'
         b'</DescribeAvailabilityZonesResponse>')


# -- 5. secrets ------------------------------------------------------------

@pytest.mark.parametrize('extra', [[], ['--debug']])
def test_a_password_in_the_endpoint_url_is_never_shown(inprocess, extra):
    code, out, err = inprocess(DescribeAvailabilityZones, [
        '-U', 'http://admin:hunter2@127.0.0.1:9/', *extra],
        env={'EUCA_MAX_RETRIES': '0'})
    assert code == 1
    assert 'hunter2' not in err and 'admin' not in err
    assert 'could not connect to 127.0.0.1:9' in err


def test_a_proxy_password_is_never_shown(inprocess, server):
    code, out, err = inprocess(DescribeAvailabilityZones, ['--debug'], env={
        'EC2_URL': server.url,
        'HTTP_PROXY': 'http://user:hunter2@127.0.0.1:99999/'})
    assert code == 1
    assert 'hunter2' not in err
    assert ('HTTP_PROXY http://<redacted>@127.0.0.1:99999/: bad port'
            in err)


def test_redact_userinfo():
    assert redact_userinfo('see https://a:b@h:1/p and ftp://u@x/') == \
        'see https://<redacted>@h:1/p and ftp://<redacted>@x/'
    assert redact_userinfo('mail me at a@b.example') == \
        'mail me at a@b.example'


def test_the_debug_printer_redacts(capsys):
    context = types.SimpleNamespace(debug=True, stderr=None)
    debug(context, 'PUT https://k:s3cret@host/b?Signature=abc '
                   'X-Amz-Security-Token: tok')
    err = capsys.readouterr().err
    assert 's3cret' not in err and 'abc' not in err and 'tok' not in err
    context.debug = False
    debug(context, 'anything')
    assert capsys.readouterr().err == ''


# -- 6. proxies ------------------------------------------------------------

def test_an_https_proxy_is_refused_and_nothing_is_sent_to_it(
        inprocess, server):
    proxy = server
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'EC2_URL': 'http://cloud.invalid/',
        'HTTP_PROXY': f'https://user:pw@127.0.0.1:{proxy.port}'})
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error: HTTP_PROXY '
                   f'https://<redacted>@127.0.0.1:{proxy.port}: a proxy '
                   'reached over TLS (https://) is not supported; use '
                   'http://HOST:PORT (https requests still go through it in '
                   'a tunnel, encrypted end to end)\n')
    assert proxy.requests == []


@pytest.mark.parametrize('value, why', [
    ('socks5://127.0.0.1:1080', 'socks5:// proxies are not supported'),
    ('http://', 'not a proxy URL'),
    ('http://proxy:port', 'bad port'),
    ('http://proxy:3128/some/path', 'not a proxy URL'),
])
def test_an_unusable_proxy_is_one_line_naming_the_variable(inprocess, value,
                                                            why):
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'EC2_URL': 'https://cloud.invalid/', 'https_proxy': value})
    assert (code, out) == (1, '')
    assert err.startswith('euca-describe-availability-zones: error: '
                          'https_proxy ')
    assert why in err and err.count('\n') == 1
    assert 'internal error' not in err


@pytest.mark.parametrize('host, port, no_proxy, expected', [
    ('cloud.example.com', 443, 'example.com', True),
    ('cloud.example.com', 443, '.example.com', True),
    ('notexample.com', 443, 'example.com', False),
    ('10.1.2.3', 443, '10.0.0.0/8', True),
    ('11.1.2.3', 443, '10.0.0.0/8', False),
    ('1.2.3.4', 443, '2.3.4', False),         # no suffix match on numbers
    ('1.2.3.4', 443, '1.2.3.4', True),
    ('::1', 443, '[::1]', True),
    ('fd00::5', 443, 'fd00::/8', True),
    ('cloud.example.com', 8773, 'cloud.example.com:8773', True),
    ('cloud.example.com', 443, 'cloud.example.com:8773', False),
    ('[::1]', 8773, '[::1]:8773', True),
    ('anything', 1, '*', True),
    ('cloud', 1, ' a , cloud ', True),
])
def test_no_proxy_rules(host, port, no_proxy, expected):
    assert bypassed(host, port, no_proxy) is expected


def test_proxy_for_names_the_proxy_unless_no_proxy_says_so():
    env = {'HTTPS_PROXY': 'proxy:3128', 'NO_PROXY': '10.0.0.0/8'}
    assert proxy_for('https', 'cloud.test', env) == 'http://proxy:3128'
    assert proxy_for('https', '10.9.9.9', env) is None
    with pytest.raises(TransportError, match='HTTPS_PROXY'):
        proxy_for('https', 'x', {'HTTPS_PROXY': 'socks5h://p:1'})


def test_a_plain_http_proxy_still_carries_the_request(inprocess, server):
    server.script = [reply(200, ZONES)]
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'EC2_URL': 'http://cloud.invalid:8773/',
        'http_proxy': f'http://127.0.0.1:{server.port}'})
    assert (code, err) == (0, '')
    assert server.requests[0].target == 'http://cloud.invalid:8773/'


# -- --debug never prints binary bodies (issue 21, point 12) ----------------

def test_debug_shows_binary_bodies_as_their_size():
    from euca2ools.core.http.client import shown_body
    assert shown_body(b'Action=DescribeRegions&Version=1') == \
        'Action=DescribeRegions&Version=1'
    assert shown_body(b'\x1b[2J\x07\x00part') == '<10 bytes of binary data>'
    assert shown_body(b'\xff\xfe') == '<2 bytes of binary data>'
    assert shown_body(b'x' * 70000) == '<70000 bytes>'
    assert shown_body(b'<a>\n\t</a>') == '<a>\n\t</a>'
