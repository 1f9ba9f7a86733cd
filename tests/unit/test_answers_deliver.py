"""An answer missing what the command exists to deliver (a secret only the
answer carries, the ID of what the call made) is an error, never exit 0
(issue 20, point 4).  Where the thing made is useless without it (an
access key whose secret is lost), it is deleted again."""

import importlib

import pytest
import responses

from euca2ools.commands.euare.assumerole import AssumeRole
from euca2ools.commands.euare.createaccesskey import CreateAccessKey
from euca2ools.commands.euare.createaccount import CreateAccount
from euca2ools.commands.euare.createsigningcertificate import \
    CreateSigningCertificate
from euca2ools.commands.euare.createuser import CreateUser
from euca2ools.core.request import QueryRequest
from tests.conftest import ENTRY_POINTS
from tests.query_helpers import all_sent, query_params, query_xml

URL = 'http://cloud.test/'
IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/'


def query_answer(action, inner):
    return query_xml(IAM_NS, action, inner).decode()


def answers(**bodies):
    """Answer each action with its body (an empty answer when not named)."""
    def callback(request):
        action = query_params(request.body)['Action']
        return 200, {}, query_answer(action, bodies.get(action, ''))
    responses.add_callback('POST', URL, callback=callback)


NO_SECRET = ('<AccessKey><UserName>bob</UserName><AccessKeyId>AKIDLOST'
             '</AccessKeyId><Status>Active</Status></AccessKey>')


@pytest.mark.parametrize('command, argv, extra', [
    (CreateAccessKey, ['bob'], {}),
    (CreateUser, ['bob', '-k'], {'CreateUser': '<User><UserName>bob'
                                 '</UserName></User>'}),
    (CreateAccount, ['acme', '-k'], {'CreateAccount': '<Account>'
                                     '<AccountName>acme</AccountName>'
                                     '</Account>'}),
])
@responses.activate
def test_a_key_without_its_secret_is_an_error_and_is_deleted(
        inprocess, command, argv, extra):
    answers(CreateAccessKey=NO_SECRET, **extra)
    code, out, err = inprocess(command, argv)
    assert (code, out) == (1, '')
    assert 'the CreateAccessKey answer has no AccessKey.SecretAccessKey' in err
    assert 'the key AKIDLOST was deleted' in err
    deletes = [p for p in all_sent() if p['Action'] == 'DeleteAccessKey']
    assert len(deletes) == 1 and deletes[0]['AccessKeyId'] == 'AKIDLOST'


@responses.activate
def test_a_key_that_cannot_be_deleted_is_named_with_the_command(inprocess):
    def callback(request):
        action = query_params(request.body)['Action']
        if action == 'DeleteAccessKey':
            return 500, {}, ('<ErrorResponse><Error><Code>InternalFailure'
                             '</Code><Message>down</Message></Error>'
                             '</ErrorResponse>')
        return 200, {}, query_answer(action, NO_SECRET)
    responses.add_callback('POST', URL, callback=callback)
    code, out, err = inprocess(CreateAccessKey, ['bob'])
    assert (code, out) == (1, '')
    assert 'delete it with euare-userdelkey AKIDLOST -u bob' in err


@pytest.mark.parametrize('credentials', [
    '', '<Credentials><AccessKeyId>ASIA1</AccessKeyId></Credentials>',
    '<Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>s'
    '</SecretAccessKey></Credentials>'])
@responses.activate
def test_assumerole_without_credentials_prints_no_shell_code(
        inprocess, credentials):
    answers(AssumeRole=credentials)
    code, out, err = inprocess(AssumeRole, ['123456789012:admin'])
    assert (code, out) == (1, '')     # no `unset AWS_ACCESS_KEY_ID` for eval
    assert 'the AssumeRole answer has no Credentials.' in err
    assert 'no credentials were printed' in err


CERT = ('<Certificate><CertificateId>CERT1</CertificateId><CertificateBody>'
        '-----BEGIN CERTIFICATE-----</CertificateBody>{key}</Certificate>')


@responses.activate
def test_a_certificate_without_its_key_is_deleted(inprocess):
    answers(CreateSigningCertificate=CERT.format(key=''))
    code, out, err = inprocess(CreateSigningCertificate, ['alice'])
    assert (code, out) == (1, '')
    assert 'no Certificate.PrivateKey' in err
    assert 'certificate CERT1 was deleted' in err
    assert [p['Action'] for p in all_sent()] == [
        'CreateSigningCertificate', 'DeleteSigningCertificate']


@responses.activate
def test_an_existing_key_file_is_never_opened(inprocess, tmp_path):
    keyfile = tmp_path / 'pk.pem'
    keyfile.write_text('my old key\n')
    code, out, err = inprocess(CreateSigningCertificate, [
        'alice', '--keyout', keyfile, '--out', tmp_path / 'cert.pem'])
    assert (code, out) == (2, '')
    assert f'--keyout {keyfile} exists' in err
    assert keyfile.read_text() == 'my old key\n'
    assert len(responses.calls) == 0       # nothing was created


@responses.activate
def test_certificate_files_are_written_new_with_a_private_key_mode(
        inprocess, tmp_path):
    answers(CreateSigningCertificate=CERT.format(
        key='<PrivateKey>-----BEGIN RSA PRIVATE KEY-----</PrivateKey>'))
    code, out, err = inprocess(CreateSigningCertificate, [
        'alice', '--keyout', tmp_path / 'pk.pem', '--out',
        tmp_path / 'cert.pem'])
    assert (code, out, err) == (0, 'CERT1\n', '')
    assert (tmp_path / 'pk.pem').stat().st_mode & 0o077 == 0
    assert (tmp_path / 'pk.pem').read_text() == \
        '-----BEGIN RSA PRIVATE KEY-----'


@responses.activate
def test_a_certificate_that_cannot_be_saved_is_deleted(inprocess, tmp_path):
    answers(CreateSigningCertificate=CERT.format(
        key='<PrivateKey>-----BEGIN RSA PRIVATE KEY-----</PrivateKey>'))
    code, out, err = inprocess(CreateSigningCertificate, [
        'alice', '--keyout', tmp_path / 'missing-dir' / 'pk.pem'])
    assert (code, out) == (1, '')
    assert 'the certificate could not be saved' in err
    assert 'certificate CERT1 was deleted' in err
    assert all_sent()[-1]['Action'] == 'DeleteSigningCertificate'


# -- every command that declares what it delivers --------------------------

def delivering_commands():
    found = {}
    for name, (module, cls) in sorted(ENTRY_POINTS.items()):
        command = getattr(importlib.import_module(module), cls)
        if issubclass(command, QueryRequest) and command.DELIVERS and \
                command.COMMAND == name:
            found[name] = command
    return found


DELIVERING = delivering_commands()
# The least each needs on its command line.
ARGV = {
    'euca-run-instances': ['ami-1'], 'euca-create-volume': ['-z', 'z1',
                                                            '-s', '1'],
    'euca-create-snapshot': ['vol-1'], 'euca-allocate-address': [],
    'euca-register': ['b/m.manifest.xml', '-n', 'n'],
    'euca-create-image': ['i-1', '-n', 'n'],
    'euca-copy-image': ['-r', 'r1', '-s', 'ami-1'],
    'euca-copy-snapshot': ['-r', 'r1', '-s', 'snap-1'],
    'euca-request-spot-instances': ['ami-1', '-p', '0.1'],
    'euca-create-vpc': ['10.0.0.0/16'],
    'euca-create-subnet': ['-c', 'vpc-1', '-i', '10.0.0.0/24'],
    'euca-create-group': ['g', '-d', 'd'],
    'euca-create-network-interface': ['subnet-1'],
    'euca-create-internet-gateway': [],
    'euca-create-route-table': ['vpc-1'],
    'euca-create-nat-gateway': ['-s', 'subnet-1', '-a', 'eipalloc-1'],
    'euform-create-stack': ['s', '--template-url', 'http://t/'],
    'eulb-create-lb': ['lb', '-l', 'lb-port=80,protocol=HTTP,'
                       'instance-port=80', '-z', 'z1'],
    'euare-useraddkey': ['bob'], 'euare-assumerole': ['1:admin'],
    'euare-usercreatecert': ['bob'],
}


def test_every_delivering_command_is_exercised():
    assert sorted(DELIVERING) == sorted(ARGV)


@pytest.mark.parametrize('name', sorted(ARGV))
@responses.activate
def test_an_empty_answer_is_never_success(inprocess, name):
    command = DELIVERING[name]
    action = command.ACTION

    def callback(request):
        got = query_params(request.body)['Action']
        if got != action:        # the clean-up call of a discard
            return 200, {}, f'<{got}Response><return>true</return>' \
                            f'</{got}Response>'
        return 200, {}, f'<{action}Response><requestId>r</requestId>' \
                        f'</{action}Response>'
    responses.add_callback('POST', URL, callback=callback)
    code, out, err = inprocess(command, ARGV[name])
    assert (code, out) == (1, ''), err
    assert f'the {action} answer has no ' in err
    if command.CHECK_WITH:
        assert command.CHECK_WITH in err
