"""euca-create-keypair never reports a key pair it cannot hand over as made:
an answer without keyMaterial is an error, the useless key pair is deleted,
and -f FILE leaves no file behind."""

import pytest
import responses

from tests.query_helpers import all_sent, query_params, sent

from euca2ools.commands.euca.createkeypair import CreateKeyPair

URL = 'http://cloud.test/'
NO_MATERIAL = (b'<CreateKeyPairResponse><keyName>k1</keyName>'
               b'<keyFingerprint>aa:bb</keyFingerprint>'
               b'</CreateKeyPairResponse>')
BLANK_MATERIAL = (b'<CreateKeyPairResponse><keyName>k1</keyName>'
                  b'<keyFingerprint>aa:bb</keyFingerprint>'
                  b'<keyMaterial>\n</keyMaterial></CreateKeyPairResponse>')
WITH_MATERIAL = (b'<CreateKeyPairResponse><keyName>k1</keyName>'
                 b'<keyFingerprint>aa:bb</keyFingerprint><keyMaterial>'
                 b'-----BEGIN RSA PRIVATE KEY-----\nMIIE\n'
                 b'-----END RSA PRIVATE KEY-----</keyMaterial>'
                 b'</CreateKeyPairResponse>')
DELETED = (b'<DeleteKeyPairResponse><return>true</return>'
           b'</DeleteKeyPairResponse>')
FAILED = (b'<Response><Errors><Error><Code>InternalError</Code><Message>oops'
          b'</Message></Error></Errors></Response>')


def actions():
    return [params.get('Action') for params in all_sent()]


def answer(create_body, delete_status=200):
    def callback(request):
        action = query_params(request.body)['Action']
        if action == 'CreateKeyPair':
            return 200, {}, create_body
        return (delete_status, {}, DELETED if delete_status == 200
                else FAILED)
    responses.add_callback('POST', URL, callback=callback)


@pytest.mark.parametrize('body', [NO_MATERIAL, BLANK_MATERIAL])
@pytest.mark.parametrize('to_file', [True, False])
@responses.activate
def test_no_key_material_is_an_error_and_the_key_pair_is_deleted(
        inprocess, tmp_path, body, to_file):
    answer(body)
    keyfile = tmp_path / 'k1.pem'
    argv = ['k1'] + (['-f', keyfile] if to_file else [])
    code, out, err = inprocess(CreateKeyPair, argv)
    assert code == 1 and out == ''
    assert err == ("euca-create-keypair: error: the server sent no private "
                   "key (keyMaterial) for key pair 'k1'; the key pair was "
                   "deleted\n")
    assert actions() == ['CreateKeyPair', 'DeleteKeyPair']
    assert sent(1)['KeyName'] == 'k1'
    assert not keyfile.exists()


@responses.activate
def test_a_failed_delete_says_what_to_do(inprocess, tmp_path):
    answer(NO_MATERIAL, delete_status=400)
    keyfile = tmp_path / 'k1.pem'
    code, out, err = inprocess(CreateKeyPair, ['k1', '-f', keyfile])
    assert code == 1 and not keyfile.exists()
    assert err.count('\n') == 1
    assert 'deleting the useless key pair failed' in err
    assert 'euca-delete-keypair k1' in err


@responses.activate
def test_a_key_with_material_is_saved(inprocess, tmp_path):
    answer(WITH_MATERIAL)
    keyfile = tmp_path / 'k1.pem'
    code, out, err = inprocess(CreateKeyPair, ['k1', '-f', keyfile])
    assert (code, err) == (0, '')
    assert out == 'KEYPAIR\tk1\taa:bb\n'
    assert keyfile.read_text().startswith('-----BEGIN RSA PRIVATE KEY')
    assert actions() == ['CreateKeyPair']
