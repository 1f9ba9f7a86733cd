"""Regions, endpoints and TLS the AWS way (issue 23, point 5):
--endpoint-url for -U/--url, AWS_ENDPOINT_URL_<SERVICE> and
AWS_ENDPOINT_URL after euca2ools' own variables, --no-verify-ssl and
--ca-bundle for the config's verify-ssl and AWS_CA_BUNDLE, --profile for
AWS_PROFILE."""

import pytest
import responses

from euca2ools.commands.euare import IAM, STS
from euca2ools.commands.euca import EC2
from euca2ools.commands.euca.describeregions import DescribeRegions
from euca2ools.commands.eucadmin import Bootstrap
from euca2ools.commands.euform import CloudFormation
from euca2ools.commands.eulb import ELB
from euca2ools.commands.euscale import AutoScaling
from euca2ools.commands.euwatch import CloudWatch
from euca2ools.core import ClientError, Context
from euca2ools.core.s3 import S3

REGIONS = (b'<DescribeRegionsResponse><regionInfo><item><regionName>r1'
           b'</regionName><regionEndpoint>http://r1/</regionEndpoint></item>'
           b'</regionInfo></DescribeRegionsResponse>')

# botocore's service IDs, as the variables spell them.
SERVICE_IDS = [(EC2, 'EC2', 'EC2_URL'),
               (ELB, 'ELASTIC_LOAD_BALANCING', 'AWS_ELB_URL'),
               (AutoScaling, 'AUTO_SCALING', 'AWS_AUTO_SCALING_URL'),
               (CloudWatch, 'CLOUDWATCH', 'AWS_CLOUDWATCH_URL'),
               (CloudFormation, 'CLOUDFORMATION', 'AWS_CLOUDFORMATION_URL'),
               (IAM, 'IAM', 'AWS_IAM_URL'), (STS, 'STS', 'TOKEN_URL'),
               (S3, 'S3', 'S3_URL')]


def context(tmp_path, env, region=None, **kwargs):
    (tmp_path / 'r.ini').write_text(
        '[region cloud]\nec2-url = http://config.test/\n'
        's3-url = http://config.test/\niam-url = http://config.test/\n'
        'sts-url = http://config.test/\nautoscaling-url = '
        'http://config.test/\nmonitoring-url = http://config.test/\n'
        'cloudformation-url = http://config.test/\n'
        'elasticloadbalancing-url = http://config.test/\n'
        'bootstrap-url = http://config.test/\n')
    env = dict(env, EUCA_CONFIG_PATH=str(tmp_path / '*.ini'),
               AWS_CONFIG_FILE=str(tmp_path / 'aws-config'))
    return Context(environ=env, region=region, **kwargs)


@pytest.mark.parametrize('cls, service_id, own', SERVICE_IDS)
def test_the_aws_variables_come_after_the_services_own(tmp_path, cls,
                                                       service_id, own):
    specific = f'AWS_ENDPOINT_URL_{service_id}'
    assert cls.AWS_SERVICE_ID == service_id
    assert cls.URL_ENVVARS == (own, specific)
    env = {own: 'http://own.test/', specific: 'http://specific.test/',
           'AWS_ENDPOINT_URL': 'http://all.test/'}
    for unset, url in ((None, 'http://own.test/'),
                       (own, 'http://specific.test/'),
                       (specific, 'http://all.test/'),
                       ('AWS_ENDPOINT_URL', 'http://config.test/')):
        env.pop(unset, None)
        service = cls(context(tmp_path, env, region='cloud'))
        assert service.url == url
    assert cls(context(tmp_path, {}), url='http://flag.test/').url == \
        'http://flag.test/'


def test_the_source_is_named_in_errors(tmp_path):
    with pytest.raises(ClientError) as err:
        EC2(context(tmp_path, {'AWS_ENDPOINT_URL': 'ftp://x/'}))
    assert str(err.value) == ("AWS_ENDPOINT_URL 'ftp://x/' is not a usable "
                              "endpoint URL: unknown scheme 'ftp' (use "
                              'http:// or https://)')
    with pytest.raises(ClientError) as err:
        EC2(context(tmp_path, {'AWS_ENDPOINT_URL_EC2': 'http://h:0/'}))
    assert str(err.value).startswith("AWS_ENDPOINT_URL_EC2 'http://h:0/' is "
                                     'not a usable endpoint URL')


def test_eucalyptus_admin_services_take_no_aws_endpoint(tmp_path):
    assert Bootstrap.AWS_SERVICE_ID is None
    service = Bootstrap(context(tmp_path, {'AWS_ENDPOINT_URL':
                                           'http://all.test/'},
                                region='cloud'))
    assert service.url.startswith('http://config.test/')


@responses.activate
def test_endpoint_url_is_the_url_flag(inprocess):
    responses.post('http://other.test/', body=REGIONS)
    code, out, err = inprocess(DescribeRegions,
                               ['--endpoint-url', 'http://other.test/'])
    assert (code, err) == (0, '')
    assert out == 'REGION\tr1\thttp://r1/\n'
    parser = DescribeRegions.build_parser()
    assert parser.parse_args(['--endpoint-url', 'http://x/']).url == \
        'http://x/'


@responses.activate
def test_aws_endpoint_url_runs_a_command(inprocess):
    responses.post('http://all.test/', body=REGIONS)
    code, out, err = inprocess(DescribeRegions, [], env={
        'EC2_URL': '', 'AWS_ENDPOINT_URL': 'http://all.test/'})
    assert (code, err) == (0, '')


def test_no_verify_ssl_and_ca_bundle_from_the_command_line(tmp_path):
    namespace = vars(DescribeRegions.build_parser().parse_args(
        ['--no-verify-ssl', '--ca-bundle', str(tmp_path / 'ca.pem'),
         '--profile', 'dev']))
    ctx = DescribeRegions.context_from_cli(namespace)
    assert ctx.verify() is False
    assert ctx.environ['AWS_CA_BUNDLE'] == str(tmp_path / 'ca.pem')
    assert ctx.profile == 'dev'
    for dest in ('no_verify_ssl', 'ca_bundle', 'aws_profile'):
        assert dest in DescribeRegions.COMMON_DESTS


def test_no_verify_ssl_overrides_the_config(tmp_path):
    (tmp_path / 'v.ini').write_text('[region cloud]\nverify-ssl = true\n'
                                    'ec2-url = https://cloud.test/\n')
    env = {'EUCA_CONFIG_PATH': str(tmp_path / '*.ini')}
    assert EC2(Context(environ=env, region='cloud')).http.verify is True
    assert EC2(Context(environ=env, region='cloud',
                       verify_ssl=False)).http.verify is False
    (tmp_path / 'v.ini').write_text('[region cloud]\nverify-ssl = false\n'
                                    'ec2-url = https://cloud.test/\n')
    assert EC2(Context(environ=env, region='cloud')).http.verify is False


def test_ca_bundle_is_used_and_named_in_its_error(tmp_path):
    missing = tmp_path / 'missing.pem'
    ec2 = EC2(Context(environ={'EUCA_CONFIG_PATH': str(tmp_path / '*.ini'),
                               'AWS_CA_BUNDLE': '/etc/other.pem'},
                      ca_bundle=str(missing)), url='https://cloud.test/')
    with pytest.raises(ClientError) as err:
        ec2.http.pool.tls_context()
    assert str(err.value).startswith(f'cannot load the CA bundle {missing}:')


def test_profile_gives_the_region(tmp_path):
    (tmp_path / 'aws-config').write_text('[default]\nregion = eu-west-1\n'
                                         '[profile dev]\n'
                                         'region = ap-south-1\n')
    assert EC2(context(tmp_path, {})).region_name == 'eu-west-1'
    assert EC2(context(tmp_path, {}, profile='dev')).region_name == \
        'ap-south-1'
    assert EC2(context(tmp_path, {'AWS_PROFILE': 'dev'})).region_name == \
        'ap-south-1'


def test_help_shows_the_aws_spellings():
    text = DescribeRegions.build_parser().format_help()
    for option in ('--endpoint-url', '--profile NAME', '--no-verify-ssl',
                   '--ca-bundle FILE'):
        assert option in text


def test_a_command_with_its_own_profile_option_keeps_it():
    from euca2ools.commands.bundle.installpack import \
        InstallPackedImage as InstallPack
    parser = InstallPack.build_parser()
    assert parser._option_string_actions['--profile'].dest == 'profile'
    assert 'profile' not in InstallPack.COMMON_DESTS
