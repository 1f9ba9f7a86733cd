"""INI config lookup, region/user selection, credential search and
endpoints."""

import textwrap

import pytest

from euca2ools.core import ClientError, Context
from euca2ools.core.config import Config, RegionUser
from euca2ools.core.credentials import find_credentials
from euca2ools.commands.euca import EC2


def write(path, text):
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def config(tmp_path):
    write(tmp_path / 'a.ini', '''
        [global]
        default-region = euca

        [region aws:*]
        verify-ssl = true
        iam-url = use aws:us-east-1

        [region aws:us-east-1]
        ec2-url = https://ec2.us-east-1.amazonaws.com/
        iam-url = https://iam.amazonaws.com/

        [region aws:us-west-2]
        ec2-url = https://ec2.us-west-2.amazonaws.com/

        [region euca]
        ec2-url = http://10.0.0.1:8773/services/compute
        user = admin
        name = eucalyptus
        secret-thing = 100%
        ''')
    write(tmp_path / 'b.ini', '''
        [user admin]
        key-id = AKADMIN
        secret-key = SKADMIN

        [user alice]
        key-id = AKALICE
        secret-key = SKALICE
        ''')
    return Config(sorted(tmp_path.glob('*.ini')))


def test_wildcards_use_redirects_and_bare_names(config):
    assert config.get_region_option('aws:us-west-2', 'verify-ssl') == 'true'
    assert config.get_region_option('aws:us-west-2', 'iam-url') == \
        'https://iam.amazonaws.com/'
    # A bare name finds the one namespaced section that ends in it.
    assert config.get_region_option('us-west-2', 'ec2-url') == \
        'https://ec2.us-west-2.amazonaws.com/'
    assert config.get_region_option('euca', 'verify-ssl') is None
    assert config.get_region_option('euca', 'secret-thing') == '100%'


def test_later_files_win(tmp_path):
    write(tmp_path / '1.ini', '[region r]\nec2-url = http://one/\n')
    write(tmp_path / '2.ini', '[region r]\nec2-url = http://two/\n')
    config = Config(sorted(tmp_path.glob('*.ini')))
    assert config.get_region_option('r', 'ec2-url') == 'http://two/'


def test_a_value_may_carry_a_trailing_comment(tmp_path):
    write(tmp_path / 'a.ini', '''
        [region euca]  # the lab cloud
        ec2-url = http://10.0.0.1:8773/services/compute   # via the VPN
        s3-url = http://10.0.0.1:8773/#walrus ; the fragment stays
        verify-ssl = false\t; self-signed
        [user admin]
        key-id = AKIDEXAMPLE
        secret-key = ab#cd;ef/GH+ij
        # a line of its own
        name = #not-a-comment
        ''')
    config = Config([tmp_path / 'a.ini'])
    assert config.get_region_option('euca', 'ec2-url') == \
        'http://10.0.0.1:8773/services/compute'
    assert config.get_region_option('euca', 's3-url') == \
        'http://10.0.0.1:8773/#walrus'
    assert config.get_region_option('euca', 'verify-ssl') == 'false'
    # "#" and ";" with no space before them are the value's.
    assert config.get_user_option('admin', 'secret-key') == 'ab#cd;ef/GH+ij'
    assert config.get_user_option('admin', 'name') == '#not-a-comment'


def test_unreadable_config_is_a_one_line_error(tmp_path):
    bad = write(tmp_path / 'bad.ini', 'no section header\n')
    with pytest.raises(ClientError, match='cannot read config file'):
        Config([bad])


def test_region_user_selection(config):
    ru = RegionUser(config, None, environ={})
    assert (ru.region, ru.user, ru.region_name) == ('euca', 'admin',
                                                    'eucalyptus')
    ru = RegionUser(config, 'alice@us-west-2', environ={})
    assert (ru.region, ru.user, ru.explicit_user) == ('aws:us-west-2',
                                                      'alice', True)
    ru = RegionUser(config, None, environ={'AWS_DEFAULT_REGION': 'us-west-2'})
    assert ru.region == 'aws:us-west-2' and ru.region_name == 'us-west-2'
    ru = RegionUser(config, None, environ={'EUCA_DEFAULT_REGION': 'bob@euca',
                                           'AWS_DEFAULT_REGION': 'x'})
    assert (ru.region, ru.user) == ('euca', 'bob')


def creds(config, spec=None, env=None, **cli):
    return find_credentials(RegionUser(config, spec, environ=env or {}),
                            environ=env or {}, **cli)


def test_credential_order(config, tmp_path):
    env = {'AWS_ACCESS_KEY': 'AKENV', 'AWS_SECRET_KEY': 'SKENV',
           'EC2_ACCESS_KEY': 'AKEUCARC', 'EC2_SECRET_KEY': 'SKEUCARC'}
    assert creds(config, env=env, key_id='AKCLI', secret_key='SKCLI') \
        .key_id == 'AKCLI'
    assert creds(config, env=env).key_id == 'AKENV'
    # An explicitly named user beats the ambient environment.
    assert creds(config, 'alice@euca', env=env).key_id == 'AKALICE'
    eucarc_only = {'EC2_ACCESS_KEY': 'AKEUCARC', 'EC2_SECRET_KEY': 'SKEUCARC'}
    found = creds(config, env=eucarc_only)
    assert (found.key_id, found.secret_key) == ('AKEUCARC', 'SKEUCARC')
    credfile = write(tmp_path / 'creds.txt',
                     'AWSAccessKeyId=AKFILE\nAWSSecretKey=SKFILE\n')
    assert creds(config, env={'AWS_CREDENTIAL_FILE': str(credfile)}) \
        .key_id == 'AKFILE'
    # Nothing else: the region's default user from the config.
    assert creds(config, env={}).key_id == 'AKADMIN'


def test_aws_shared_credentials_profile(tmp_path):
    write(tmp_path / 'credentials', '[default]\naws_access_key_id = AKD\n'
          'aws_secret_access_key = SKD\n[dev]\naws_access_key_id = AKDEV\n'
          'aws_secret_access_key = SKDEV\naws_session_token = TOK\n')
    env = {'AWS_SHARED_CREDENTIALS_FILE': str(tmp_path / 'credentials'),
           'AWS_CONFIG_FILE': str(tmp_path / 'none')}
    assert creds(Config(), env=env).key_id == 'AKD'
    found = creds(Config(), env=dict(env, AWS_PROFILE='dev'))
    assert (found.key_id, found.token) == ('AKDEV', 'TOK')


def test_missing_key_names_the_places_looked(tmp_path):
    env = {'AWS_SHARED_CREDENTIALS_FILE': str(tmp_path / 'none'),
           'AWS_CONFIG_FILE': str(tmp_path / 'none')}
    with pytest.raises(ClientError) as err:
        creds(Config(), env=env)
    message = str(err.value)
    for place in ('-I/-S', 'AWS_ACCESS_KEY_ID', 'EC2_ACCESS_KEY',
                  '~/.aws profile', '--region'):
        assert place in message


def test_half_a_key_on_the_command_line(config):
    with pytest.raises(ClientError, match='given together'):
        creds(config, key_id='AKONLY')


def test_expired_environment_credentials(config):
    env = {'AWS_ACCESS_KEY_ID': 'A', 'AWS_SECRET_ACCESS_KEY': 'S',
           'AWS_CREDENTIAL_EXPIRATION': '2001-01-01T00:00:00Z'}
    with pytest.raises(ClientError, match='expired'):
        creds(config, env=env)


def context(tmp_path, env, region=None):
    env = dict(env, EUCA_CONFIG_PATH=str(tmp_path / '*.ini'),
               AWS_CONFIG_FILE=str(tmp_path / 'none'))
    return Context(environ=env, region=region)


def test_with_keys_is_the_same_context_signing_with_other_keys(tmp_path):
    write(tmp_path / 'a.ini', '''
        [region euca]
        ec2-url = http://10.0.0.1:8773/services/compute
        user = admin

        [user admin]
        key-id = AKADMIN
        secret-key = SKADMIN
        ''')
    original = Context(environ={'EUCA_CONFIG_PATH': str(tmp_path / '*.ini'),
                                'AWS_CONFIG_FILE': str(tmp_path / 'none')},
                       region='euca', debug=True,
                       http_options={'max-retries': '0'})
    assert original.credentials.key_id == 'AKADMIN'     # found already
    other = original.with_keys('AKOWNER', 'SKOWNER', 'TOKEN')
    found = other.credentials
    assert (found.key_id, found.secret_key, found.token) == \
        ('AKOWNER', 'SKOWNER', 'TOKEN')
    assert other.cli_keys == ('AKOWNER', 'SKOWNER', 'TOKEN')
    for name in ('environ', 'config', 'regionuser', 'debug', 'stdout',
                 'stderr', 'http_options'):
        assert getattr(other, name) == getattr(original, name), name
    assert other.regionuser.region == 'euca'
    # The original still signs with its own keys.
    assert original.credentials.key_id == 'AKADMIN'
    assert original.cli_keys == (None, None, None)
    # The new keys are checked as -I/-S are, when first used.
    half = original.with_keys('AKONLY', None)
    with pytest.raises(ClientError, match='given together'):
        half.credentials


@pytest.mark.parametrize('env, url, region, expected_url, expected_region', [
    ({'EC2_URL': 'http://h:8773/services/compute'}, None, None,
     'http://h:8773/services/compute', 'us-east-1'),
    ({'EC2_URL': 'http://h/'}, 'http://cli/', None, 'http://cli/',
     'us-east-1'),
    ({'EC2_URL': 'myregion::http://h/'}, None, None, 'http://h/', 'myregion'),
    ({'EC2_URL': 'https://ec2.eu-west-1.amazonaws.com/'}, None, None,
     'https://ec2.eu-west-1.amazonaws.com/', 'eu-west-1'),
    ({}, None, 'ap-south-1', 'https://ec2.ap-south-1.amazonaws.com/',
     'ap-south-1'),
    ({'EC2_URL': 'http://h/', 'AWS_AUTH_REGION': 'r2'}, None, None,
     'http://h/', 'r2'),
])
def test_endpoint_and_signing_region(tmp_path, env, url, region, expected_url,
                                     expected_region):
    service = EC2(context(tmp_path, env, region), url=url)
    assert (service.url, service.region_name) == (expected_url,
                                                  expected_region)


def test_region_config_supplies_url_and_name(tmp_path, config):
    write(tmp_path / 'r.ini', '[region euca]\n'
          'ec2-url = http://10.0.0.1:8773/services/compute\n'
          'name = eucalyptus\n')
    service = EC2(context(tmp_path, {}, 'euca'))
    assert service.url == 'http://10.0.0.1:8773/services/compute'
    assert service.region_name == 'eucalyptus'


def test_no_endpoint_is_a_clear_error(tmp_path):
    with pytest.raises(ClientError, match='no ec2 endpoint.*EC2_URL'):
        EC2(context(tmp_path, {}))


def test_signature_version_per_region(tmp_path):
    write(tmp_path / 'r.ini', '[region old]\nec2-url = http://h/\n'
          'signature-version = 2\n[region new]\nec2-url = http://h/\n')
    assert EC2(context(tmp_path, {}, 'old')).signature_version() == 2
    assert EC2(context(tmp_path, {}, 'new')).signature_version() == 4


def test_a_region_name_no_config_knows_and_aws_does_not(tmp_path):
    with pytest.raises(ClientError, match="region 'mycloud' is in no config "
                                          "file"):
        EC2(context(tmp_path, {}, 'mycloud'))


# -- files anyone may change or read (issue 20, point 13) -------------------

def _zones(inprocess, env=None):
    from euca2ools.commands.euca.describeavailabilityzones import \
        DescribeAvailabilityZones
    return inprocess(DescribeAvailabilityZones,
                     ['-U', 'http://127.0.0.1:9/'], env={
                         'EUCA_MAX_RETRIES': '0', **(env or {})})


@pytest.mark.parametrize('mode, content, warning', [
    (0o600, '[user u]\nkey-id = AKID\nsecret-key = s\n', None),
    (0o644, '[user u]\nkey-id = AKID\nsecret-key = s\n',
     'holds a secret key and is readable by anyone (chmod 600 {path})'),
    (0o644, '[global]\ndefault-region = r\n', None),
    (0o666, '[global]\ndefault-region = r\n',
     'is writable by anyone (chmod o-w {path})'),
])
def test_config_files_open_to_anyone_are_warned_about(inprocess, home, mode,
                                                       content, warning):
    path = home / '.euca' / 'cloud.ini'
    path.write_text(content)
    path.chmod(mode)
    code, out, err = _zones(inprocess)
    warnings = [line for line in err.splitlines() if 'warning' in line]
    if warning is None:
        assert warnings == []
    else:
        assert warnings == [f'euca-describe-availability-zones: warning: '
                            f'config file {path} '
                            + warning.format(path=path)]


def test_a_readable_credentials_file_is_warned_about(inprocess, home):
    creds = home / 'creds'
    creds.write_text('[default]\naws_access_key_id = AKID\n'
                     'aws_secret_access_key = s\n')
    creds.chmod(0o644)
    code, out, err = _zones(inprocess, {
        'AWS_SHARED_CREDENTIALS_FILE': str(creds), 'AWS_ACCESS_KEY_ID': '',
        'AWS_SECRET_ACCESS_KEY': ''})
    assert f'{creds} holds a secret key and is readable by anyone' in err
    assert err.count('warning') == 1


@pytest.mark.parametrize('argv, warned', [
    (['--region', 'nowhere'], True),
    (['--region', 'nowhere', '-U', 'http://127.0.0.1:9/'], False),
    (['--region', 'known'], False),
    ([], False)])
def test_an_unknown_region_with_an_environment_url_is_said_once(
        inprocess, home, argv, warned):
    from euca2ools.commands.euca.describeavailabilityzones import \
        DescribeAvailabilityZones
    (home / '.euca' / 'known.ini').write_text('[region known]\nname = k\n')
    code, out, err = inprocess(DescribeAvailabilityZones, argv, env={
        'EC2_URL': 'http://127.0.0.1:9/', 'EUCA_MAX_RETRIES': '0'})
    assert code == 1
    warnings = [line for line in err.splitlines() if 'warning' in line]
    assert warnings == ([
        "euca-describe-availability-zones: warning: region 'nowhere' is in "
        "no config file; using EC2_URL http://127.0.0.1:9/"] if warned
        else [])
