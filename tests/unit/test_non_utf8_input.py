"""Bytes that are not UTF-8 in an argument, an environment variable or a
config or credentials file: a one-line error naming the argument, the
variable or the file (never the value), not an "internal error"."""

import pytest
import responses

from euca2ools.core import ClientError, Context
from euca2ools.commands.euare.createloginprofile import CreateLoginProfile
from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.commands.euca.describeregions import DescribeRegions

from tests.unit.error_helpers import one_line_error

URL = 'http://cloud.test/'
REGIONS = (b'<DescribeRegionsResponse><regionInfo><item><regionName>r1'
           b'</regionName><regionEndpoint>http://r1/</regionEndpoint></item>'
           b'</regionInfo></DescribeRegionsResponse>')
BAD = '\udcff'   # what Python makes of a byte 0xff in argv or environ


@pytest.mark.parametrize('command, argv, named', [
    (DescribeInstances, [f'i-{BAD}'], 'argument 1 of the command line'),
    (DescribeInstances, ['--filter', f'tag:Name={BAD}'], 'argument --filter'),
    (DescribeInstances, [f'--region={BAD}'], 'argument --region'),
    (DescribeInstances, ['-U', f'http://h{BAD}/'], 'argument -U/--url'),
    (CreateLoginProfile, ['-u', 'bob', '-p', f'hunter{BAD}2'],
     'argument -p/--password'),
])
@responses.activate
def test_non_utf8_argument_is_a_usage_error_naming_it(inprocess, command,
                                                      argv, named):
    responses.post(URL, body=b'<R/>')
    code, _, err = inprocess(command, argv)
    last = one_line_error(code, err, 2)
    assert named in last and 'not valid UTF-8' in last
    assert 'hunter' not in err
    assert not responses.calls


@pytest.mark.parametrize('variable', [
    'EC2_URL', 'EUCA_DEFAULT_REGION', 'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN', 'EUCA_CONFIG_PATH', 'EUCA_SIGNATURE_VERSION'])
@responses.activate
def test_non_utf8_environment_variable_is_named(inprocess, variable):
    responses.post(URL, body=REGIONS)
    code, _, err = inprocess(DescribeRegions, [],
                             env={variable: f'x{BAD}y'})
    last = one_line_error(code, err)
    assert f'environment variable {variable} is not valid UTF-8' in last
    assert 'x' + BAD not in err and not responses.calls


def test_the_context_environment_checks_values_as_they_are_read():
    from euca2ools.core.command import Environ
    env = Environ({'GOOD': 'fine', 'BAD': f'x{BAD}'})
    assert env['GOOD'] == env.get('GOOD') == 'fine'
    assert env.get('MISSING') is None and 'BAD' in env
    with pytest.raises(ClientError, match='variable BAD is not valid'):
        env.get('BAD')
    with pytest.raises(TypeError):
        env['NEW'] = 'value'
    assert isinstance(Context(environ={'A': 'b'}).environ, Environ)


@pytest.mark.parametrize('where, env', [
    ('.euca/bad.ini', {}),
    ('.aws/credentials', {'AWS_ACCESS_KEY_ID': '',
                          'AWS_SECRET_ACCESS_KEY': ''}),
    ('.aws/config', {'AWS_ACCESS_KEY_ID': '', 'AWS_SECRET_ACCESS_KEY': ''}),
    ('old-credentials', {'AWS_ACCESS_KEY_ID': '',
                         'AWS_SECRET_ACCESS_KEY': '',
                         'AWS_CREDENTIAL_FILE': 'HOME/old-credentials'}),
])
@responses.activate
def test_non_utf8_config_or_credentials_file_is_named(inprocess, home, where,
                                                      env):
    responses.post(URL, body=REGIONS)
    path = home / where
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b'[default]\naws_access_key_id = AK\xe9\n')
    env = {k: v.replace('HOME', str(home)) for k, v in env.items()}
    code, _, err = inprocess(DescribeRegions, [], env=env)
    last = one_line_error(code, err)
    assert str(path) in last or f'~/{where}' in last
    assert 'line 2 is not valid UTF-8' in last
