"""Our signers against AWS's published SigV4 examples and botocore's
signers."""

import base64
import datetime
import hashlib
import hmac

import pytest

from tests.query_helpers import query_params

from euca2ools.core.credentials import Credentials
from euca2ools.core.signing import (SigV2Signer, SigV4Signer,
                                    canonical_query, host_header)

EXAMPLE_CREDS = Credentials('AKIDEXAMPLE',
                            'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
EXAMPLE_TIME = datetime.datetime(2015, 8, 30, 12, 36, 0,
                                 tzinfo=datetime.timezone.utc)


def signature_of(headers):
    return headers['Authorization'].rpartition('Signature=')[2]


# From AWS's Signature Version 4 test suite (aws-sig-v4-test-suite).
@pytest.mark.parametrize('method, expected', [
    ('GET',
     '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'),
    ('POST',
     '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'),
])
def test_sigv4_matches_aws_test_suite_vanilla(method, expected):
    signer = SigV4Signer(EXAMPLE_CREDS, 'us-east-1', 'service')
    headers = {}
    signer.sign(method, 'https://example.amazonaws.com/', headers, b'',
                now=EXAMPLE_TIME)
    assert headers['X-Amz-Date'] == '20150830T123600Z'
    assert headers['Authorization'] == (
        'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/'
        f'aws4_request, SignedHeaders=host;x-amz-date, Signature={expected}')


def test_sigv4_signing_key_matches_aws_documented_derivation():
    # "Examples of how to derive a signing key for Signature Version 4".
    creds = Credentials('AKID', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
    key = SigV4Signer(creds, 'us-east-1', 'iam').signing_key('20150830')
    assert key.hex() == ('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e8'
                         '6da6ed3c154a4b9')


def _botocore_sigv4(url, body, region, service, creds, when, extra=None):
    from unittest import mock

    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials
    request = botocore.awsrequest.AWSRequest(
        method='POST', url=url, data=body,
        headers={'Content-Type':
                 'application/x-www-form-urlencoded; charset=utf-8',
                 **(extra or {})})
    bcreds = botocore.credentials.Credentials(creds.key_id, creds.secret_key,
                                              creds.token)
    with mock.patch('botocore.auth.get_current_datetime',
                    return_value=when.replace(tzinfo=None)):
        botocore.auth.SigV4Auth(bcreds, service, region).add_auth(request)
    return request.headers['Authorization']


@pytest.mark.parametrize('url, token', [
    ('http://127.0.0.1:8773/services/compute', None),
    ('https://ec2.us-west-2.amazonaws.com/', None),
    ('https://ec2.us-west-2.amazonaws.com/', 'session/token+value='),
])
def test_sigv4_matches_botocore_for_a_query_post(url, token):
    creds = Credentials('AKIDEXAMPLE', 'secret/with+chars', token)
    params = {'Action': 'DescribeInstances', 'Version': '2015-10-01',
              'Filter.1.Name': 'tag:Name', 'Filter.1.Value.1': 'web server~1',
              'InstanceId.1': 'i-12345678'}
    signer = SigV4Signer(creds, 'us-west-2', 'ec2')
    headers = {'Content-Type':
               'application/x-www-form-urlencoded; charset=utf-8'}
    body, _ = signer.sign_query('POST', url, headers, params,
                                now=EXAMPLE_TIME)
    extra = {'X-Amz-Security-Token': token} if token else None
    expected = _botocore_sigv4(url, body, 'us-west-2', 'ec2', creds,
                               EXAMPLE_TIME, extra)
    assert headers['Authorization'] == expected


def test_sigv2_matches_the_documented_algorithm_and_botocore():
    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials
    creds = Credentials('AKIAIOSFODNN7EXAMPLE',
                        'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
    params = {'Action': 'DescribeJobFlows', 'Version': '2009-03-31',
              'Timestamp': '2011-10-03T15:19:30'}
    body, debug = SigV2Signer(creds).sign_query(
        'GET', 'https://elasticmapreduce.amazonaws.com/', {}, params)
    signed = query_params(body)
    # The string to sign exactly as AWS's SigV2 documentation spells it.
    assert debug['string_to_sign'] == (
        'GET\nelasticmapreduce.amazonaws.com\n/\n'
        'AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Action=DescribeJobFlows&'
        'SignatureMethod=HmacSHA256&SignatureVersion=2&'
        'Timestamp=2011-10-03T15%3A19%3A30&Version=2009-03-31')
    expected = base64.b64encode(hmac.new(
        creds.secret_key.encode(), debug['string_to_sign'].encode(),
        hashlib.sha256).digest()).decode()
    assert signed['Signature'] == expected

    # botocore's SigV2 over the same parameters gives the same signature.
    request = botocore.awsrequest.AWSRequest(
        method='GET', url='https://elasticmapreduce.amazonaws.com/',
        params={k: v for k, v in params.items()})
    bcreds = botocore.credentials.Credentials(creds.key_id, creds.secret_key)
    auth = botocore.auth.SigV2Auth(bcreds)
    _, botocore_signature = auth.calc_signature(request, {
        **params, 'AWSAccessKeyId': creds.key_id, 'SignatureVersion': '2',
        'SignatureMethod': 'HmacSHA256'})
    assert signed['Signature'] == botocore_signature


def test_sigv2_includes_port_and_token():
    creds = Credentials('AK', 'SK', 'TOKEN')
    body, debug = SigV2Signer(creds).sign_query(
        'POST', 'http://Cloud.Example:8773/services/Eucalyptus', {},
        {'Action': 'DescribeServices', 'Version': 'eucalyptus'},
        now=EXAMPLE_TIME)
    lines = debug['string_to_sign'].split('\n')
    assert lines[:3] == ['POST', 'cloud.example:8773', '/services/Eucalyptus']
    signed = query_params(body)
    assert signed['SecurityToken'] == 'TOKEN'
    assert signed['Timestamp'] == '2015-08-30T12:36:00Z'


def test_canonical_query_encodes_rfc3986():
    assert canonical_query([('b', 'x y'), ('a', '~*/')]) == \
        'a=~%2A%2F&b=x%20y'


@pytest.mark.parametrize('url, host', [
    ('http://h:80/', 'h'), ('https://h:443/x', 'h'),
    ('http://h:8773/', 'h:8773'),
    ('http://[::1]:5000/', '[::1]:5000')])
def test_host_header_keeps_only_non_default_ports(url, host):
    assert host_header(url) == host
