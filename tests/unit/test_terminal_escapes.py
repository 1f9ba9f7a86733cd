"""What a server says never drives the terminal (issue 20, point 7): control
characters in rows and messages are written escaped, and long server
strings are cut."""

import pytest
import responses

from euca2ools.commands.euca.describetags import DescribeTags
from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.core.errors import printable
from euca2ools.core.output import tabify

URL = 'http://cloud.test/'
HOSTILE = 'evil\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\nTAG\tforged\r\x9b1m'


def test_a_row_field_cannot_forge_a_row_or_a_column():
    row = tabify(['TAG', 'instance', 'i-1', 'Name', HOSTILE])
    assert row.count('\t') == 4 and '\n' not in row
    assert '\x1b' not in row and '\x07' not in row and '\x9b' not in row
    assert row.endswith('evil\\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J\\nTAG'
                        '\\tforged\\r\\x9b1m')


def test_ordinary_fields_are_untouched():
    assert tabify(['a b', 'ü', 'C:\\path', 7, True, None]) == \
        'a b\tü\tC:\\path\t7\ttrue\t'


@responses.activate
def test_a_tag_value_with_a_newline_prints_one_row(inprocess):
    responses.post(URL, body=(
        '<DescribeTagsResponse><tagSet><item><resourceId>i-1</resourceId>'
        '<resourceType>instance</resourceType><key>Name</key><value>'
        'web\nTAG\tinstance\ti-2\tName\tforged</value></item></tagSet>'
        '</DescribeTagsResponse>'))
    code, out, err = inprocess(DescribeTags, [])
    assert (code, err) == (0, '')
    assert out == ('TAG\tinstance\ti-1\tName\tweb\\nTAG\\tinstance\\ti-2'
                   '\\tName\\tforged\n')


@responses.activate
def test_a_server_error_message_is_one_cut_line(inprocess):
    message = 'first\nREAL\tforged line' + 'x' * 5000
    responses.post(URL, status=400, body=(
        '<Response><Errors><Error><Code>Bad</Code><Message>' + message
        + '</Message></Error></Errors></Response>'))
    code, out, err = inprocess(DescribeAvailabilityZones, [])
    assert (code, out) == (1, '')
    assert err.startswith('euca-describe-availability-zones: error (Bad): '
                          'first\\nREAL\\tforged line')
    # The server's message is one cut line; the hint line is ours.
    assert err.endswith('x...\neuca-describe-availability-zones: run with '
                        '--debug to see the exchange\n') and len(err) < 1300
    assert err.count('\n') == 2


@pytest.mark.real_http
def test_a_reason_phrase_cannot_drive_the_terminal(inprocess, server):
    from tests.hostile_server import reply
    server.script = [reply(418, b'', reason='\x1b]0;owned\x07\x1b[2Jteapot')]
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'EC2_URL': server.url, 'EUCA_MAX_RETRIES': '0'})
    assert (code, out) == (1, '')
    assert err == ('euca-describe-availability-zones: error (418): '
                   '\\x1b]0;owned\\x07\\x1b[2Jteapot\n'
                   'euca-describe-availability-zones: run with --debug to '
                   'see the exchange\n')


@responses.activate
def test_an_html_title_is_escaped(inprocess):
    responses.post(URL, status=200, body=(
        '<html><head><title>Login\x1b]52;c;AAAA\x07</title></head></html>'))
    code, out, err = inprocess(DescribeAvailabilityZones, [])
    assert (code, out) == (1, '')
    assert 'titled "Login\\x1b]52;c;AAAA\\x07"' in err
    assert '\x1b' not in err


@pytest.mark.parametrize('text, expected', [
    ('plain', 'plain'), ('a\nb', 'a\\nb'), ('\x00\x7f', '\\x00\\x7f'),
    ('tab\there', 'tab\\there')])
def test_printable(text, expected):
    assert printable(text) == expected


def test_printable_keeps_what_it_is_told_to():
    assert printable('one\ntwo\x1b', keep='\n') == 'one\ntwo\\x1b'
