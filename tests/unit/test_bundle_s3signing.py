"""S3 request signing: published AWS examples, and botocore as an oracle."""

import datetime

import pytest

from euca2ools.core.credentials import Credentials
from euca2ools.core.signing import (S3SigV2Signer, S3SigV4Signer,
                                    UNSIGNED_PAYLOAD)

AWS_EXAMPLE = Credentials('AKIAIOSFODNN7EXAMPLE',
                          'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
EMPTY_SHA = ('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8'
             '55')
MAY_24 = datetime.datetime(2013, 5, 24, tzinfo=datetime.timezone.utc)


# -- published examples -------------------------------------------------------

def test_sigv2_aws_example_get():
    # S3 developer guide, "Signing and authenticating REST requests": GET
    headers = {'Date': 'Tue, 27 Mar 2007 19:36:42 +0000'}
    debug = S3SigV2Signer(AWS_EXAMPLE).sign(
        'GET', 'https://s3.amazonaws.com/johnsmith/photos/puppy.jpg', headers)
    assert debug['string_to_sign'] == ('GET\n\n\nTue, 27 Mar 2007 19:36:42 '
                                       '+0000\n/johnsmith/photos/puppy.jpg')
    assert headers['Authorization'] == \
        'AWS AKIAIOSFODNN7EXAMPLE:bWq2s1WEIj+Ydj0vQ697zp+IXMU='


def test_sigv2_aws_example_put():
    headers = {'Content-Type': 'image/jpeg', 'Content-Length': '94328',
               'Date': 'Tue, 27 Mar 2007 21:15:45 +0000'}
    S3SigV2Signer(AWS_EXAMPLE).sign(
        'PUT', 'https://s3.amazonaws.com/johnsmith/photos/puppy.jpg', headers)
    assert headers['Authorization'] == \
        'AWS AKIAIOSFODNN7EXAMPLE:MyyxeRY7whkBe+bq8fHCL/2kKUg='


def test_sigv2_subresources_and_amz_headers():
    signer = S3SigV2Signer(AWS_EXAMPLE)
    text = signer.string_to_sign(
        'PUT', 'http://h/b/k?uploadId=7&partNumber=2&foo=bar',
        {'Date': 'D', 'X-Amz-Acl': 'aws-exec-read', 'x-amz-meta-a': ' x  y '})
    assert text == ('PUT\n\n\nD\nx-amz-acl:aws-exec-read\nx-amz-meta-a:x y\n'
                    '/b/k?partNumber=2&uploadId=7')


def test_sigv4_aws_example_get_object():
    # S3 API reference, "Signature calculation: Authorization header",
    # example GET Object with a Range header.
    headers = {'Range': 'bytes=0-9'}
    S3SigV4Signer(AWS_EXAMPLE, 'us-east-1').sign(
        'GET', 'https://examplebucket.s3.amazonaws.com/test.txt', headers,
        b'', now=MAY_24)
    assert headers['x-amz-content-sha256'] == EMPTY_SHA
    assert headers['Authorization'] == (
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/'
        's3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;'
        'x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba4'
        '8dd91039c6036bdb41')


def test_sigv4_aws_example_presigned_url():
    url = S3SigV4Signer(AWS_EXAMPLE, 'us-east-1').presign(
        'GET', 'https://examplebucket.s3.amazonaws.com/test.txt', 86400,
        now=MAY_24)
    assert url.endswith('&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f9'
                        '95330da4c265957d157751f604d404')


# -- botocore as an oracle ----------------------------------------------------

CASES = [
    ('GET', 'http://127.0.0.1:5000/bucket/key', {}, b''),
    ('PUT', 'http://127.0.0.1:5000/bucket/a%20b/c%2Bd%21.part.00',
     {'Content-Type': 'application/octet-stream',
      'Content-MD5': 'XUFAKrxLKna5cZ2REBfFkg==', 'x-amz-acl': 'aws-exec-read'},
     b'hello'),
    ('GET', 'https://objectstorage.example.com:8773/services/objectstorage/'
     'bkt?prefix=img%2F&marker=x', {}, b''),
    ('PUT', 'http://s3.example.com/bkt?location', {}, b'<x/>'),
    ('DELETE', 'http://s3.example.com/bkt/k?versionId=3', {}, b''),
]


def _botocore_request(method, url, headers, body):
    from botocore.awsrequest import AWSRequest
    return AWSRequest(method=method, url=url, headers=dict(headers),
                      data=body)


@pytest.mark.parametrize('token', [None, 'SESSION/TOKEN+=='])
@pytest.mark.parametrize('method,url,headers,body', CASES)
def test_sigv2_matches_botocore(monkeypatch, method, url, headers, body,
                                token):
    from botocore.auth import HmacV1Auth
    from botocore.credentials import Credentials as BotoCredentials
    date = 'Mon, 02 Jan 2023 03:04:05 GMT'
    oracle = HmacV1Auth(BotoCredentials('AKID', 'se/cr+et', token))
    monkeypatch.setattr(oracle, '_get_date', lambda: date)
    request = _botocore_request(method, url, headers, body)
    oracle.add_auth(request)

    mine = dict(headers, Date=date)
    S3SigV2Signer(Credentials('AKID', 'se/cr+et', token)).sign(
        method, url, mine, body)
    assert mine['Authorization'] == request.headers['Authorization']
    if token:
        assert mine['x-amz-security-token'] == token


@pytest.mark.parametrize('token', [None, 'SESSION/TOKEN+=='])
@pytest.mark.parametrize('method,url,headers,body', CASES)
def test_sigv4_matches_botocore(monkeypatch, method, url, headers, body,
                                token):
    import botocore.auth
    from botocore.credentials import Credentials as BotoCredentials
    now = datetime.datetime(2023, 1, 2, 3, 4, 5)
    monkeypatch.setattr(botocore.auth, 'get_current_datetime', lambda: now)
    oracle = botocore.auth.S3SigV4Auth(
        BotoCredentials('AKID', 'se/cr+et', token), 's3', 'eu-west-1')
    request = _botocore_request(method, url, headers, body)
    oracle.add_auth(request)

    mine = dict(headers)
    S3SigV4Signer(Credentials('AKID', 'se/cr+et', token), 'eu-west-1').sign(
        method, url, mine, body, now=now.replace(tzinfo=datetime.timezone.utc))
    assert mine['Authorization'] == request.headers['Authorization']
    assert mine['x-amz-content-sha256'] == \
        request.headers['X-Amz-Content-SHA256']


def test_sigv4_unsigned_payload_matches_botocore(monkeypatch):
    import botocore.auth
    from botocore.credentials import Credentials as BotoCredentials
    now = datetime.datetime(2023, 1, 2, 3, 4, 5)
    monkeypatch.setattr(botocore.auth, 'get_current_datetime', lambda: now)
    url = 'http://h:1/b/k'
    request = _botocore_request('PUT', url, {}, b'data')
    request.headers['X-Amz-Content-SHA256'] = UNSIGNED_PAYLOAD
    oracle = botocore.auth.S3SigV4Auth(BotoCredentials('A', 'S'), 's3',
                                       'us-east-1')
    monkeypatch.setattr(oracle, 'payload', lambda req: UNSIGNED_PAYLOAD)
    oracle.add_auth(request)
    mine = {}
    S3SigV4Signer(Credentials('A', 'S'), 'us-east-1').sign(
        'PUT', url, mine, b'data', payload_hash=UNSIGNED_PAYLOAD,
        now=now.replace(tzinfo=datetime.timezone.utc))
    assert mine['Authorization'] == request.headers['Authorization']


def test_sigv2_presigned_url_matches_botocore(monkeypatch):
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials as BotoCredentials
    now = datetime.datetime(2023, 1, 2, 3, 4, 5,
                            tzinfo=datetime.timezone.utc)
    monkeypatch.setattr(botocore.auth.time, 'time', lambda: now.timestamp())
    oracle = botocore.auth.HmacV1QueryAuth(BotoCredentials('AKID', 'se/cr+et'),
                                           expires=3600)
    request = AWSRequest(method='GET', url='http://h/b/some%20key')
    oracle.add_auth(request)
    mine = S3SigV2Signer(Credentials('AKID', 'se/cr+et')).presign(
        'GET', 'http://h/b/some%20key', 3600, now=now)
    from urllib.parse import parse_qs, urlsplit
    assert parse_qs(urlsplit(mine).query) == \
        parse_qs(urlsplit(request.url).query)
