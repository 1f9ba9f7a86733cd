"""The AWS CLI's credential providers, after euca2ools' own sources (issue
23, point 4): the profile's role (STS AssumeRole, cached) and
credential_process, web identity, the container endpoint and the instance
metadata service, each against a local fake (or moto's STS), with expired
and malformed answers."""

import datetime
import json
import os
import pathlib
import stat
import subprocess
import sys
import time

import pytest

from euca2ools.core import providers
from euca2ools.core.context import Context
from euca2ools.core.errors import ClientError
from tests.credential_process import SECRET as PROCESS_SECRET
from tests.hostile_server import hang, reply

pytestmark = pytest.mark.real_http

PROCESS = pathlib.Path(__file__).resolve().parent.parent / \
    'credential_process.py'
SECRET = 'metadata-secret-KEEPOUT'


def when(hours):
    moment = datetime.datetime.now(datetime.timezone.utc) + \
        datetime.timedelta(hours=hours)
    return moment.strftime('%Y-%m-%dT%H:%M:%SZ')


def answer(hours=1, **changes):
    document = {'Code': 'Success', 'AccessKeyId': 'AKIDMETA',
                'SecretAccessKey': SECRET, 'Token': 'meta-token',
                'Expiration': when(hours)}
    document.update(changes)
    return json.dumps(document).encode()


@pytest.fixture
def env(home, tmp_path):
    (home / '.aws').mkdir()
    return {'HOME': str(home),
            'EUCA_CONFIG_PATH': str(home / '.euca' / '*.ini'),
            'AWS_CONFIG_FILE': str(home / '.aws' / 'config'),
            'AWS_SHARED_CREDENTIALS_FILE': str(home / '.aws' / 'credentials'),
            'XDG_CACHE_HOME': str(tmp_path / 'cache'),
            'AWS_EC2_METADATA_DISABLED': 'true'}


def credentials(env, **kwargs):
    return Context(environ=env, **kwargs).credentials


def write(path, text):
    pathlib.Path(path).write_text(text)
    os.chmod(path, 0o600)


def check_error(err, *secrets):
    text = str(err.value)
    assert '\n' not in text
    for secret in secrets + (SECRET, PROCESS_SECRET):
        assert secret not in text
    return text


# -- the instance metadata service --------------------------------------------

def imds_env(env, server):
    return dict(env, AWS_EC2_METADATA_DISABLED='false',
                AWS_EC2_METADATA_SERVICE_ENDPOINT=server.url)


def test_imds_v2_token_then_role_then_keys(env, server):
    server.script = [reply(200, b'TOKEN-v2'), reply(200, b'web-role\n'),
                     reply(200, answer())]
    found = credentials(imds_env(env, server))
    assert (found.key_id, found.secret_key, found.token) == (
        'AKIDMETA', SECRET, 'meta-token')
    assert found.source == f'instance role web-role ({server.url})'
    put, roles, keys = server.requests
    assert (put.method, put.target) == ('PUT', '/latest/api/token')
    assert put.headers['x-aws-ec2-metadata-token-ttl-seconds'] == '21600'
    assert (roles.method, roles.target) == (
        'GET', '/latest/meta-data/iam/security-credentials/')
    assert keys.target == '/latest/meta-data/iam/security-credentials/' \
        'web-role'
    assert roles.headers['x-aws-ec2-metadata-token'] == 'TOKEN-v2'
    assert keys.headers['x-aws-ec2-metadata-token'] == 'TOKEN-v2'


@pytest.mark.parametrize('status', [403, 404, 405])
def test_imds_v1_only_where_there_is_no_token_endpoint(env, server, status):
    server.script = [reply(status, b''), reply(200, b'old-role'),
                     reply(200, answer())]
    found = credentials(imds_env(env, server))
    assert found.key_id == 'AKIDMETA'
    assert all('x-aws-ec2-metadata-token' not in r.headers
               for r in server.requests[1:])


@pytest.mark.parametrize('status', [400, 500])
def test_imds_other_token_failures_are_errors(env, server, status):
    server.script = [reply(status, b'')]
    with pytest.raises(ClientError) as err:
        credentials(imds_env(env, server))
    assert check_error(err) == (
        f'the instance metadata service ({server.url}) answered the token '
        f'request HTTP {status}')
    assert len(server.requests) == 1


def test_imds_without_a_role_means_no_keys(env, server):
    server.script = [reply(200, b'T'), reply(404, b'')]
    with pytest.raises(ClientError) as err:
        credentials(imds_env(env, server))
    assert check_error(err).startswith('no access key found; looked in ')
    assert err.value.args[0].endswith(
        'the instance metadata service, a config user (none selected: use '
        '--region USER@REGION)')


@pytest.mark.parametrize('body, message', [
    (answer(hours=-1), 'the credentials expired at '),
    (b'{"AccessKeyId": ', 'answered no JSON document'),
    (b'["AKID"]', 'answered no JSON object'),
    (answer(SecretAccessKey=None), 'has no SecretAccessKey'),
    (answer(AccessKeyId=7), 'AccessKeyId is not a string'),
    (answer(Expiration='tomorrow'), 'Expiration is not an ISO 8601 time'),
    (answer(Code='Failure'), 'said Failure for role r'),
])
def test_imds_bad_answers_are_one_line_errors(env, server, body, message):
    server.script = [reply(200, b'T'), reply(200, b'r'), reply(200, body)]
    with pytest.raises(ClientError) as err:
        credentials(imds_env(env, server))
    text = check_error(err)
    assert text.startswith(f'the instance metadata service ({server.url})')
    assert message in text


def test_imds_disabled_is_never_asked(env, server):
    server.script = [reply(200, b'T'), reply(200, b'r'), reply(200, answer())]
    with pytest.raises(ClientError):
        credentials(dict(imds_env(env, server),
                         AWS_EC2_METADATA_DISABLED='TRUE'))
    assert server.requests == []


def test_imds_on_a_closed_port_costs_under_a_second(env):
    start = time.monotonic()
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_EC2_METADATA_DISABLED='false',
                         AWS_EC2_METADATA_SERVICE_ENDPOINT='http://127.0.0.1:9'))
    assert time.monotonic() - start < 1.0
    assert 'the instance metadata service' in str(err.value)


def test_imds_that_never_answers_costs_about_two_seconds(env, server):
    server.script = [hang()]
    start = time.monotonic()
    with pytest.raises(ClientError) as err:
        credentials(imds_env(env, server))
    assert time.monotonic() - start < 4.0
    assert str(err.value).startswith('no access key found')


def test_imds_default_address_and_the_bad_endpoint_error(env):
    assert providers.imds_url({}) == providers.common.IMDS_URL
    assert providers.imds_url({'AWS_EC2_METADATA_SERVICE_ENDPOINT':
                               'http://[fd00:ec2::254]'}) == \
        'http://[fd00:ec2::254]/'
    with pytest.raises(ClientError) as err:
        providers.imds_url({'AWS_EC2_METADATA_SERVICE_ENDPOINT':
                            'ftp://metadata/'})
    assert str(err.value).startswith(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT 'ftp://metadata/' is not a "
        'usable endpoint URL')


def test_imds_redirect_elsewhere_is_not_followed(env, server):
    server.script = [reply(200, b'T'), reply(302, b'', headers={
        'Location': 'http://127.0.0.2:9/steal'})]
    with pytest.raises(ClientError) as err:
        credentials(imds_env(env, server))
    assert 'not followed' in check_error(err, 'TOKEN')


def test_environment_keys_win_and_import_nothing_new(env):
    code = ('import sys\n'
            'from euca2ools.core.context import Context\n'
            f'env = {env!r}\n'
            "env.update(AWS_ACCESS_KEY_ID='a', AWS_SECRET_ACCESS_KEY='b')\n"
            'print(Context(environ=env).credentials.source)\n'
            "print('euca2ools.core.providers' in sys.modules)\n")
    out = subprocess.run([sys.executable, '-c', code], capture_output=True,
                         text=True, check=True).stdout
    assert out == 'AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY\nFalse\n'


# -- the container endpoint ---------------------------------------------------

def test_container_full_uri_with_token_file(env, server, tmp_path):
    token = tmp_path / 'token'
    write(token, 'Bearer pod-token\n')
    server.script = [reply(200, answer())]
    found = credentials(dict(
        env, AWS_CONTAINER_CREDENTIALS_FULL_URI=server.url + 'creds',
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=str(token),
        AWS_CONTAINER_AUTHORIZATION_TOKEN='not-this-one'))
    assert (found.key_id, found.token) == ('AKIDMETA', 'meta-token')
    assert found.source == ('the container credentials endpoint '
                            '(AWS_CONTAINER_CREDENTIALS_FULL_URI)')
    (request,) = server.requests
    assert (request.method, request.target) == ('GET', '/creds')
    assert request.headers['authorization'] == 'Bearer pod-token'


def test_container_relative_uri_is_on_the_container_host(env, server,
                                                         monkeypatch):
    monkeypatch.setattr(providers.common, 'CONTAINER_HOST',
                        server.url.rstrip('/'))
    server.script = [reply(200, answer())]
    found = credentials(dict(
        env, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI='/v2/credentials/abc',
        AWS_CONTAINER_AUTHORIZATION_TOKEN='tok'))
    assert found.key_id == 'AKIDMETA'
    assert server.requests[0].target == '/v2/credentials/abc'
    assert server.requests[0].headers['authorization'] == 'tok'


def test_container_relative_uri_default_host():
    assert providers.CONTAINER_HOST == 'http://169.254.170.2'


@pytest.mark.parametrize('url', ['http://example.com/creds',
                                 'http://10.0.0.1/creds',
                                 'https://169.254.169.254/latest'])
def test_container_full_uri_elsewhere_is_refused(env, url):
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_CONTAINER_CREDENTIALS_FULL_URI=url))
    assert check_error(err).startswith(
        f'AWS_CONTAINER_CREDENTIALS_FULL_URI {url!r} names host ')


@pytest.mark.parametrize('url', ['http://127.0.0.2:9/c', 'http://[::1]:9/c',
                                 'http://localhost:9/c'])
def test_container_full_uri_loopback_is_allowed(env, url):
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_CONTAINER_CREDENTIALS_FULL_URI=url))
    assert check_error(err).startswith('the container credentials endpoint '
                                       '(AWS_CONTAINER_CREDENTIALS_FULL_URI)'
                                       ': could not connect')


@pytest.mark.parametrize('status, body, message', [
    (200, answer(hours=-2), 'the credentials expired at '),
    (200, b'<html>', 'answered no JSON document'),
    (200, answer(Token=5), 'SessionToken is not a string'),
    (500, b'{}', 'answered HTTP 500'),
])
def test_container_bad_answers(env, server, status, body, message):
    server.script = [reply(status, body)]
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_CONTAINER_CREDENTIALS_FULL_URI=server.url))
    assert message in check_error(err)


def test_container_token_with_a_line_break_is_refused(env, server):
    server.script = [reply(200, answer())]
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_CONTAINER_CREDENTIALS_FULL_URI=server.url,
                         AWS_CONTAINER_AUTHORIZATION_TOKEN='a\r\nX-Evil: 1'))
    assert check_error(err, 'X-Evil').startswith(
        'AWS_CONTAINER_AUTHORIZATION_TOKEN contains a control character')
    assert server.requests == []


# -- credential_process -------------------------------------------------------

def process_profile(env, mode, profile='default'):
    section = 'default' if profile == 'default' else f'profile {profile}'
    write(env['AWS_CONFIG_FILE'],
          f'[{section}]\ncredential_process = {sys.executable} '
          f'"{PROCESS}" {mode}\n')


def test_credential_process(env):
    process_profile(env, 'ok', 'tools')
    found = credentials(env, profile='tools')
    assert (found.key_id, found.secret_key, found.token) == (
        'AKIDPROCESS', PROCESS_SECRET, 'process-token')
    assert found.source == "credential_process of ~/.aws profile 'tools'"


def test_credential_process_from_aws_profile_and_its_environment(env):
    process_profile(env, 'env', 'tools')
    found = credentials(dict(env, AWS_PROFILE='tools', TEST_KEY='AKIDENV'))
    assert found.key_id == 'AKIDENV'


def test_credential_process_keys_only(env):
    process_profile(env, 'keys-only')
    assert credentials(env).token is None


@pytest.mark.parametrize('mode, message', [
    ('expired', 'the credentials expired at '),
    ('version2', 'printed Version 2, not 1'),
    ('not-json', 'printed no JSON document'),
    ('list', 'printed no JSON object'),
    ('no-secret', 'has no SecretAccessKey'),
    ('number-key', 'AccessKeyId is not a string'),
    ('fail', 'failed (exit status 3)'),
    ('big', f'printed more than {providers.PROCESS_OUTPUT_LIMIT} bytes'),
])
def test_credential_process_bad_output(env, mode, message):
    process_profile(env, mode)
    with pytest.raises(ClientError) as err:
        credentials(env)
    text = check_error(err)
    assert text.startswith("the credential_process of ~/.aws profile "
                           "'default'")
    assert message in text


def test_credential_process_time_is_bounded(env, monkeypatch):
    monkeypatch.setattr(providers.common, 'PROCESS_TIMEOUT', 0.5)
    process_profile(env, 'sleep')
    start = time.monotonic()
    with pytest.raises(ClientError) as err:
        credentials(env)
    assert time.monotonic() - start < 5
    assert check_error(err) == ("the credential_process of ~/.aws profile "
                                "'default' did not finish within 0.5 "
                                'seconds')


def test_credential_process_runs_without_a_shell(env, tmp_path):
    marker = tmp_path / 'marker'
    write(env['AWS_CONFIG_FILE'],
          f'[default]\ncredential_process = {sys.executable} "{PROCESS}" ok'
          f' ; touch {marker}\n')
    found = credentials(env)
    assert found.key_id == 'AKIDPROCESS'
    assert not marker.exists()


def test_credential_process_that_cannot_start(env, tmp_path):
    write(env['AWS_CONFIG_FILE'],
          f'[default]\ncredential_process = {tmp_path}/missing --x\n')
    with pytest.raises(ClientError) as err:
        credentials(env)
    assert check_error(err).startswith(
        "cannot run the credential_process of ~/.aws profile 'default' "
        f'({tmp_path}/missing): ')


def test_static_keys_of_the_profile_come_first(env):
    write(env['AWS_SHARED_CREDENTIALS_FILE'],
          '[default]\naws_access_key_id = AKIDSTATIC\n'
          'aws_secret_access_key = s\n')
    process_profile(env, 'ok')
    assert credentials(env).key_id == 'AKIDSTATIC'


# -- roles: STS AssumeRole (moto) ---------------------------------------------

ROLE = 'arn:aws:iam::123456789012:role/deploy'


def role_env(env, aws, **options):
    write(env['AWS_SHARED_CREDENTIALS_FILE'],
          '[base]\naws_access_key_id = AKIDBASE\n'
          'aws_secret_access_key = base-secret\n')
    extra = ''.join(f'{k} = {v}\n' for k, v in options.items())
    write(env['AWS_CONFIG_FILE'],
          f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n'
          f'{extra}')
    return dict(env, TOKEN_URL=aws + '/')


def cache_files(env):
    folder = pathlib.Path(env['XDG_CACHE_HOME']) / 'euca2ools' / \
        'credentials'
    return folder, sorted(folder.glob('*.json'))


def test_role_is_assumed_and_cached(env, aws):
    env = role_env(env, aws, role_session_name='ci')
    found = credentials(env, profile='dev')
    assert found.key_id.startswith('ASIA') and found.token
    assert found.source == f"role {ROLE} (~/.aws profile 'dev')"
    folder, files = cache_files(env)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (cached,) = files
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    again = credentials(env, profile='dev')
    assert again.source == "cached role session (~/.aws profile 'dev')"
    assert (again.key_id, again.secret_key, again.token) == (
        found.key_id, found.secret_key, found.token)
    # An expired (or nearly expired) session is fetched again, never used.
    values = json.loads(cached.read_text())
    values['Expiration'] = when(-1)
    cached.write_text(json.dumps(values))
    fresh = credentials(env, profile='dev')
    assert fresh.source == f"role {ROLE} (~/.aws profile 'dev')"
    assert json.loads(cached.read_text())['Expiration'] != values[
        'Expiration']


def test_role_cache_is_keyed_by_the_profile_settings(env, aws):
    credentials(role_env(env, aws), profile='dev')
    credentials(role_env(env, aws, external_id='x1'), profile='dev')
    assert len(cache_files(env)[1]) == 2


def test_role_from_aws_profile_runs_a_command(env, aws, bare_cli):
    env = role_env(env, aws)
    proc = bare_cli('euca-describe-regions', '--profile', 'dev', env={
        key: env[key] for key in ('AWS_CONFIG_FILE', 'XDG_CACHE_HOME',
                                  'AWS_SHARED_CREDENTIALS_FILE',
                                  'TOKEN_URL')} | {'EC2_URL': aws + '/'})
    assert proc.returncode == 0
    assert proc.stderr == ''


def test_role_chain_through_another_role(env, aws):
    env = role_env(env, aws)
    with open(env['AWS_CONFIG_FILE'], 'a') as stream:
        stream.write(f'[profile prod]\nrole_arn = {ROLE}2\n'
                     'source_profile = dev\n')
    found = credentials(env, profile='prod')
    assert found.source == f"role {ROLE}2 (~/.aws profile 'prod')"


def test_role_from_credential_source_environment_and_a_process(env, aws):
    write(env['AWS_CONFIG_FILE'],
          f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = tools\n'
          f'[profile tools]\ncredential_process = {sys.executable} '
          f'"{PROCESS}" ok\n')
    found = credentials(dict(env, TOKEN_URL=aws + '/'), profile='dev')
    assert found.key_id.startswith('ASIA')


@pytest.mark.parametrize('config, message', [
    (f'[profile dev]\nrole_arn = {ROLE}\n',
     "~/.aws profile 'dev' has role_arn but neither source_profile nor "
     'credential_source'),
    (f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = nobody\n',
     "source_profile 'nobody' of ~/.aws profile 'dev' is in neither AWS "
     'file'),
    (f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = a\n'
     f'[profile a]\nrole_arn = {ROLE}\nsource_profile = dev\n',
     "source_profile of ~/.aws profile 'a' loops back or chains more than "
     '5 roles (dev -> a -> dev)'),
    (f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = dev\n',
     "~/.aws profile 'dev' is its own source_profile but has no keys"),
    (f'[profile dev]\nrole_arn = {ROLE}\ncredential_source = Moon\n',
     "credential_source 'Moon' of ~/.aws profile 'dev' is not Environment, "
     'Ec2InstanceMetadata or EcsContainer'),
    (f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n'
     'mfa_serial = arn:aws:iam::1:mfa/me\n',
     "~/.aws profile 'dev' has mfa_serial: euca2ools cannot ask for the "
     'MFA code'),
    (f'[profile dev]\nrole_arn = {ROLE}\nsource_profile = base\n'
     'duration_seconds = 60\n',
     'duration_seconds in '),
])
def test_role_profile_mistakes(env, config, message):
    write(env['AWS_SHARED_CREDENTIALS_FILE'],
          '[base]\naws_access_key_id = AKIDBASE\n'
          'aws_secret_access_key = base-secret\n')
    write(env['AWS_CONFIG_FILE'], config)
    with pytest.raises(ClientError) as err:
        credentials(dict(env, TOKEN_URL='http://127.0.0.1:9/'),
                    profile='dev')
    assert message in check_error(err, 'base-secret')


def test_role_sts_refusal_names_the_role(env, server):
    server.script = [reply(403, b'<ErrorResponse><Error><Code>AccessDenied'
                           b'</Code><Message>no</Message></Error>'
                           b'</ErrorResponse>')]
    env = role_env(env, server.url.rstrip('/'))
    with pytest.raises(ClientError) as err:
        credentials(env, profile='dev')
    assert check_error(err, 'base-secret').startswith(
        f"assuming role {ROLE} of ~/.aws profile 'dev' failed: ")
    assert 'AccessDenied' in str(err.value)
    assert server.requests[0].params['Action'] == 'AssumeRole'
    assert 'AKIDBASE' in server.requests[0].headers['authorization']


@pytest.mark.parametrize('body, message', [
    (b'<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>',
     'holds no Credentials'),
    ('<AssumeRoleResponse><AssumeRoleResult><Credentials>'
     '<AccessKeyId>ASIAX</AccessKeyId><SecretAccessKey>s3cr3t-KEEPOUT'
     '</SecretAccessKey><SessionToken>t</SessionToken><Expiration>'
     f'{when(-1)}</Expiration></Credentials></AssumeRoleResult>'
     '</AssumeRoleResponse>'.encode(), 'the credentials expired at'),
])
def test_role_bad_sts_answers(env, server, body, message):
    server.script = [reply(200, body)]
    with pytest.raises(ClientError) as err:
        credentials(role_env(env, server.url.rstrip('/')), profile='dev')
    assert message in check_error(err, 's3cr3t-KEEPOUT')
    assert cache_files(env)[1] == []


# -- web identity -------------------------------------------------------------

def test_web_identity_with_moto(env, aws, tmp_path):
    token = tmp_path / 'jwt'
    write(token, 'eyJhbGciOiJIUzI1NiJ9.e30.sig\n')
    found = credentials(dict(env, AWS_WEB_IDENTITY_TOKEN_FILE=str(token),
                             AWS_ROLE_ARN=ROLE, AWS_ROLE_SESSION_NAME='pod',
                             TOKEN_URL=aws + '/'))
    assert found.key_id.startswith('ASIA') and found.token
    assert found.source == f'role {ROLE} (web identity)'


def test_web_identity_is_unsigned(env, server, tmp_path):
    token = tmp_path / 'jwt'
    write(token, 'the-jwt')
    server.script = [reply(200, b'<AssumeRoleWithWebIdentityResponse>'
                           b'<AssumeRoleWithWebIdentityResult/>'
                           b'</AssumeRoleWithWebIdentityResponse>')]
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_WEB_IDENTITY_TOKEN_FILE=str(token),
                         AWS_ROLE_ARN=ROLE, TOKEN_URL=server.url))
    assert 'holds no Credentials' in check_error(err, 'the-jwt')
    (request,) = server.requests
    assert 'authorization' not in request.headers
    assert request.params['WebIdentityToken'] == 'the-jwt'
    assert request.params['RoleSessionName'].startswith('euca2ools-session-')


def test_web_identity_needs_the_role(env, tmp_path):
    token = tmp_path / 'jwt'
    write(token, 'the-jwt')
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_WEB_IDENTITY_TOKEN_FILE=str(token)))
    assert str(err.value) == ('AWS_WEB_IDENTITY_TOKEN_FILE is set but '
                              'AWS_ROLE_ARN is not')


def test_web_identity_unreadable_token(env, tmp_path):
    with pytest.raises(ClientError) as err:
        credentials(dict(env, AWS_ROLE_ARN=ROLE,
                         AWS_WEB_IDENTITY_TOKEN_FILE=str(tmp_path / 'no')))
    assert str(err.value).startswith(
        f'cannot read AWS_WEB_IDENTITY_TOKEN_FILE {tmp_path / "no"}: ')


def test_the_providers_come_after_the_euca2ools_sources(env, server):
    write(env['AWS_CONFIG_FILE'], f'[default]\ncredential_process = '
          f'{sys.executable} "{PROCESS}" ok\n')
    server.script = [reply(200, answer())]
    env = dict(env, AWS_CONTAINER_CREDENTIALS_FULL_URI=server.url,
               EC2_ACCESS_KEY='AKIDEUCARC', EC2_SECRET_KEY='e')
    assert credentials(env).key_id == 'AKIDEUCARC'
    del env['EC2_ACCESS_KEY']
    assert credentials(env).key_id == 'AKIDPROCESS'
    os.unlink(env['AWS_CONFIG_FILE'])
    assert credentials(env).key_id == 'AKIDMETA'
    assert server.requests


def test_credential_process_does_not_read_our_stdin(env, tmp_path):
    script = tmp_path / 'reads_stdin.py'
    script.write_text(
        'import json, sys\n'
        'data = sys.stdin.read()\n'
        'json.dump({"Version": 1, "AccessKeyId": "AKID" + str(len(data)),'
        ' "SecretAccessKey": "s"}, sys.stdout)\n')
    write(env['AWS_CONFIG_FILE'],
          f'[default]\ncredential_process = {sys.executable} "{script}"\n')
    assert credentials(env).key_id == 'AKID0'


def test_a_command_signs_with_the_instance_role(aws, bare_cli, server):
    server.script = [reply(200, b'T'), reply(200, b'web-role'),
                     reply(200, answer())]
    proc = bare_cli('euca-describe-regions', '--debug', env={
        'EC2_URL': aws + '/', 'AWS_EC2_METADATA_DISABLED': 'false',
        'AWS_EC2_METADATA_SERVICE_ENDPOINT': server.url})
    assert proc.returncode == 0, proc.stderr
    assert 'Credential=AKIDMETA/' in proc.stderr
    for secret in (SECRET, 'meta-token'):
        assert secret not in proc.stderr + proc.stdout
    assert len(server.requests) == 3


def test_a_command_without_keys_lists_where_it_looked(bare_cli):
    proc = bare_cli('euca-describe-regions', check=False,
                    env={'EC2_URL': 'http://127.0.0.1:9/'})
    assert proc.returncode == 1
    assert proc.stderr == (
        "euca-describe-regions: error: no access key found; looked in "
        "-I/-S, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, "
        "EC2_ACCESS_KEY/EC2_SECRET_KEY, ~/.aws profile 'default', ~/.aws "
        "profile 'default' (role_arn, credential_process), "
        "AWS_WEB_IDENTITY_TOKEN_FILE, the container credentials endpoint, "
        "the instance metadata service (not asked: "
        "AWS_EC2_METADATA_DISABLED), a config user (none selected: use "
        "--region USER@REGION)\n")


def test_web_identity_from_the_profile(env, server, tmp_path):
    token = tmp_path / 'jwt'
    write(token, 'profile-jwt')
    write(env['AWS_CONFIG_FILE'], f'[profile pod]\nrole_arn = {ROLE}\n'
          f'web_identity_token_file = {token}\nrole_session_name = s1\n')
    server.script = [reply(400, b'<ErrorResponse><Error><Code>InvalidIdentity'
                           b'Token</Code><Message>bad</Message></Error>'
                           b'</ErrorResponse>')]
    with pytest.raises(ClientError) as err:
        credentials(dict(env, TOKEN_URL=server.url), profile='pod')
    assert check_error(err, 'profile-jwt').startswith(
        f'assuming role {ROLE} with web_identity_token_file in '
        f"{env['AWS_CONFIG_FILE']} [profile pod] failed: ")
    assert server.requests[0].params['RoleSessionName'] == 's1'
    assert server.requests[0].params['WebIdentityToken'] == 'profile-jwt'
