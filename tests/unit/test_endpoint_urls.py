"""Endpoint URLs are checked once, in BaseService._resolve: an IPv6 address
keeps its colons (only a plain REGION:: is split off), a URL that cannot
work is one line naming it and where it came from, and a URL without a
scheme gets https:// and a note saying so."""

import pytest
import responses

from euca2ools.core import ClientError, Context
from euca2ools.core.signing import host_header
from euca2ools.commands.euca import EC2
from euca2ools.commands.euca.describeregions import DescribeRegions
from euca2ools.commands.eucadmin import Bootstrap

from tests.unit.error_helpers import one_line_error

URL = 'http://cloud.test/'
REGIONS = (b'<DescribeRegionsResponse><regionInfo><item><regionName>r1'
           b'</regionName><regionEndpoint>http://r1/</regionEndpoint></item>'
           b'</regionInfo></DescribeRegionsResponse>')


def service(tmp_path, env, url=None, region=None):
    env = dict(env, EUCA_CONFIG_PATH=str(tmp_path / '*.ini'),
               AWS_CONFIG_FILE=str(tmp_path / 'none'))
    return EC2(Context(environ=env, region=region), url=url)


@pytest.mark.parametrize('written, url, region', [
    ('http://[::1]:8773/', 'http://[::1]:8773/', 'us-east-1'),
    ('http://[::1]/services/compute', 'http://[::1]/services/compute',
     'us-east-1'),
    ('euca::http://[::1]:8773/', 'http://[::1]:8773/', 'euca'),
    ('my-region_2.a::[fd00::5]:8773', 'https://[fd00::5]:8773',
     'my-region_2.a'),
    ('[::1]:8773', 'https://[::1]:8773', 'us-east-1'),
])
def test_an_ipv6_endpoint_keeps_its_colons(tmp_path, written, url, region):
    ec2 = service(tmp_path, {'EC2_URL': written})
    assert (ec2.url, ec2.region_name) == (url, region)


def test_the_signed_host_of_an_ipv6_endpoint_has_brackets():
    assert host_header('http://[::1]:8773/') == '[::1]:8773'
    assert host_header('https://[fd00::5]/x') == '[fd00::5]'


@pytest.mark.parametrize('argv, env, config, shown', [
    ([], {'EC2_URL': 'http://host:99999/'}, None,
     "EC2_URL 'http://host:99999/' is not a usable endpoint URL: port 99999 "
     "is out of range"),
    (['-U', 'http://host:abc/'], {}, None,
     "-U/--url 'http://host:abc/' is not a usable endpoint URL: port 'abc' "
     "is not a number"),
    (['--region', 'euca'], {'EC2_URL': ''},
     '[region euca]\nec2-url = ftp://host/\n',
     "ec2-url in region 'euca' 'ftp://host/' is not a usable endpoint URL: "
     "unknown scheme 'ftp'"),
    ([], {'EC2_URL': 'http:///services/compute'}, None,
     "EC2_URL 'http:///services/compute' is not a usable endpoint URL: it "
     "has no host name"),
    ([], {'EC2_URL': 'http://[::1/'}, None,
     "EC2_URL 'http://[::1/' is not a usable endpoint URL"),
    ([], {'EC2_URL': 'http://[::1]:0/'}, None, 'port 0 is out of range'),
    ([], {'EC2_URL': 'http://host:80:80/'}, None,
     "port '80:80' is not a number"),
    ([], {'EC2_URL': 'http://ho\x01st/'}, None, 'control character'),
])
@responses.activate
def test_a_bad_endpoint_url_is_one_line_naming_it_and_its_source(
        inprocess, home, argv, env, config, shown):
    responses.post(URL, body=REGIONS)
    if config:
        (home / '.euca' / 'r.ini').write_text(config)
    code, _, err = inprocess(DescribeRegions, argv, env=env)
    assert shown in one_line_error(code, err)
    assert not responses.calls


def test_blank_or_padded_urls(tmp_path):
    # A CRLF eucarc: the URL is stripped like the keys.
    assert service(tmp_path, {'EC2_URL': 'http://h:8773/\r'}).url == \
        'http://h:8773/'
    with pytest.raises(ClientError, match='no ec2 endpoint'):
        service(tmp_path, {'EC2_URL': ' '})


def test_a_url_without_a_scheme_gets_https_and_a_note(tmp_path):
    ec2 = service(tmp_path, {'EC2_URL': 'host:8773'})
    assert ec2.url == 'https://host:8773'
    assert ec2.url_note == (
        "EC2_URL 'host:8773' has no scheme; https:// was assumed (write "
        "http:// for a plain-HTTP endpoint)")
    ec2 = service(tmp_path, {'EC2_URL': 'r1::host:8773'}, url='cli:1')
    assert ec2.url_note.startswith("-U/--url 'cli:1' has no scheme")
    assert service(tmp_path, {'EC2_URL': 'http://host:8773/'}).url_note \
        is None


def test_a_derived_admin_url_names_what_it_came_from(tmp_path):
    with pytest.raises(ClientError, match="the URL derived from EC2_URL "
                                          "'http://h:70000/"):
        Bootstrap(Context(environ={
            'EC2_URL': 'http://h:70000/services/compute',
            'EUCA_CONFIG_PATH': str(tmp_path / '*.ini')}))
    bootstrap = Bootstrap(Context(environ={
        'EC2_URL': 'euca::http://[::1]:8773/services/compute',
        'EUCA_CONFIG_PATH': str(tmp_path / '*.ini')}))
    assert (bootstrap.url, bootstrap.region_name) == (
        'http://[::1]:8773/services/Empyrean/', 'euca')
