"""Credentials are cleaned in one place, and secrets never reach stderr.

Every source (-I/-S/--security-token, AWS_*/EC2_* variables,
AWS_CREDENTIAL_FILE, config users, ~/.aws files) is stripped of surrounding
whitespace; a control character left inside is an error that names the
source and never shows the value.
"""

import textwrap

import pytest
import responses

from tests.query_helpers import ZONES

from euca2ools.core import ClientError
from euca2ools.core.config import Config, RegionUser
from euca2ools.core.credentials import Credentials, find_credentials
from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones

URL = 'http://cloud.test/'


def write(path, text):
    path.write_text(textwrap.dedent(text))
    return path


def find(tmp_path, env=None, spec=None, config_text=None, **cli):
    env = dict({'AWS_SHARED_CREDENTIALS_FILE': str(tmp_path / 'none'),
                'AWS_CONFIG_FILE': str(tmp_path / 'none')}, **(env or {}))
    files = []
    if config_text is not None:
        files.append(write(tmp_path / 'c.ini', config_text))
    return find_credentials(RegionUser(Config(files), spec, environ=env),
                            environ=env, **cli)


def found(creds):
    return creds.key_id, creds.secret_key, creds.token


def test_whitespace_is_stripped_from_every_source(tmp_path):
    # A CRLF eucarc, a token read with its newline, a stray space.
    assert found(find(tmp_path, key_id=' AK\n', secret_key='SK \r\n',
                      token='TOK\n')) == ('AK', 'SK', 'TOK')
    assert found(find(tmp_path, env={
        'AWS_ACCESS_KEY_ID': 'AK\r', 'AWS_SECRET_ACCESS_KEY': ' SK\r',
        'AWS_SESSION_TOKEN': 'TOK\n'})) == ('AK', 'SK', 'TOK')
    assert found(find(tmp_path, env={
        'EC2_ACCESS_KEY': 'AK\r', 'EC2_SECRET_KEY': 'SK '})) == \
        ('AK', 'SK', None)
    credfile = tmp_path / 'credfile'
    credfile.write_bytes(b'AWSAccessKeyId=AK \r\nAWSSecretKey= SK\t\r\n')
    assert found(find(tmp_path, env={
        'AWS_CREDENTIAL_FILE': f'{credfile}\r'})) == ('AK', 'SK', None)
    assert found(find(tmp_path, spec='me@r', config_text='''
        [user me]
        key-id = AK
        secret-key = SK
        ''')) == ('AK', 'SK', None)
    shared = tmp_path / 'shared'
    shared.write_bytes(b'[default]\r\naws_access_key_id = AK\r\n'
                       b'aws_secret_access_key = SK \r\n'
                       b'aws_session_token = TOK\r\n')
    assert found(find(tmp_path, env={
        'AWS_SHARED_CREDENTIALS_FILE': str(shared)})) == ('AK', 'SK', 'TOK')


def test_blank_values_do_not_count_as_a_source(tmp_path):
    creds = find(tmp_path, env={
        'AWS_ACCESS_KEY_ID': ' ', 'AWS_SECRET_ACCESS_KEY': '\r',
        'EC2_ACCESS_KEY': 'AK', 'EC2_SECRET_KEY': 'SK'})
    assert found(creds) == ('AK', 'SK', None)


SECRET = 'wJalrXUtnFEMI'


@pytest.mark.parametrize('kwargs, named', [
    ({'key_id': 'AK', 'secret_key': f'{SECRET}\nx'}, '-S/--secret-key'),
    ({'key_id': 'AK', 'secret_key': 'SK', 'token': f'{SECRET}\x00x'},
     '--security-token'),
    ({'env': {'AWS_ACCESS_KEY_ID': 'AK',
              'AWS_SECRET_ACCESS_KEY': f'{SECRET}\x1b[0m'}},
     'AWS_SECRET_ACCESS_KEY'),
    ({'env': {'EC2_ACCESS_KEY': 'AK', 'EC2_SECRET_KEY': 'SK',
              'AWS_SECURITY_TOKEN': f'{SECRET}\r\nInjected: header'}},
     'AWS_SECURITY_TOKEN'),
    ({'spec': 'me@r', 'config_text': f'''
        [user me]
        key-id = AK
        secret-key = {SECRET}
           continued
        '''}, "secret-key of config user 'me'"),
])
def test_control_characters_are_refused_naming_the_source(tmp_path, kwargs,
                                                          named):
    with pytest.raises(ClientError) as err:
        find(tmp_path, **kwargs)
    message = str(err.value)
    assert named in message and 'control character' in message
    assert SECRET not in message and '\n' not in message


def test_credential_files_name_the_file_and_never_quote_a_line(tmp_path):
    credfile = tmp_path / 'credfile'
    credfile.write_bytes(b'AWSAccessKeyId=AK\nAWSSecretKey=' +
                         SECRET.encode() + b'\x07\n')
    with pytest.raises(ClientError) as err:
        find(tmp_path, env={'AWS_CREDENTIAL_FILE': str(credfile)})
    assert f'AWSSecretKey in AWS_CREDENTIAL_FILE {credfile}' in \
        str(err.value)
    assert SECRET not in str(err.value)
    # A line configparser cannot parse is named by number, not quoted.
    shared = tmp_path / 'shared'
    shared.write_text(f'[default]\naws_access_key_id = AK\n{SECRET}\n')
    with pytest.raises(ClientError) as err:
        find(tmp_path, env={'AWS_SHARED_CREDENTIALS_FILE': str(shared)})
    message = str(err.value)
    assert str(shared) in message and 'line 3' in message
    assert SECRET not in message and '\n' not in message


def test_credentials_built_directly_are_cleaned_too():
    creds = Credentials(' AK\n', 'SK\r\n', 'TOK\n', source='somewhere')
    assert found(creds) == ('AK', 'SK', 'TOK')
    with pytest.raises(ClientError, match='secret key from somewhere'):
        Credentials('AK', 'S\tK', source='somewhere')


@responses.activate
def test_a_crlf_eucarc_signs_and_sends_clean_values(inprocess):
    responses.post(URL, status=200, body=ZONES)
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'AWS_ACCESS_KEY_ID': '', 'AWS_SECRET_ACCESS_KEY': '',
        'EC2_ACCESS_KEY': 'AKEUCARC\r', 'EC2_SECRET_KEY': 'eucarc-secret \r',
        'AWS_SESSION_TOKEN': 'session-token\n'})
    assert (code, err) == (0, '')
    headers = responses.calls[0].request.headers
    assert headers['X-Amz-Security-Token'] == 'session-token'
    assert 'Credential=AKEUCARC/' in headers['Authorization']


@responses.activate
def test_a_control_character_never_reaches_stderr(inprocess):
    responses.post(URL, status=200, body=ZONES)
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        'AWS_SESSION_TOKEN': f'{SECRET}\nX-Evil: 1'})
    assert code == 1 and not responses.calls
    assert err.count('\n') == 1 and 'AWS_SESSION_TOKEN' in err
    assert SECRET not in err and 'Signature=' not in err
