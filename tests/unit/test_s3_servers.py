"""S3 servers other than AWS's (issue 21, point 9): one that refuses AWS's
canned ACLs, as Ceph's radosgw does, a bucket someone else owns, a part
that is missing.  Every error names what it is about and what to try."""

import re

import pytest
import responses

from euca2ools.commands.bundle.downloadbundle import DownloadBundle
from euca2ools.commands.bundle.uploadbundle import UploadBundle
from tests.unit.test_bundle_s3transfer import URL, FakeBucket

REFUSED = ('<?xml version="1.0" encoding="UTF-8"?><Error><Code>'
           'InvalidArgument</Code><BucketName>bkt</BucketName><RequestId>tx1'
           '</RequestId></Error>')


class Radosgw(FakeBucket):
    """A bucket that may not exist yet, and refuses AWS's own ACLs."""

    def __init__(self, exists=False):
        self.exists = exists
        self.deleted = False
        super().__init__(put=self.put_refusing_acls)
        bucket = re.compile(re.escape(URL + 'bkt') + r'$')
        responses.add_callback('HEAD', bucket, callback=self.head)
        responses.add_callback('PUT', bucket, callback=self.create)
        responses.add_callback('DELETE', bucket, callback=self.delete)

    def head(self, request):
        return (200 if self.exists else 404), {}, ''

    def create(self, request):
        self.exists = True
        return 200, {}, ''

    def delete(self, request):
        self.deleted = True
        return 204, {}, ''

    @staticmethod
    def put_refusing_acls(request):
        import hashlib
        if request.headers.get('x-amz-acl') in ('aws-exec-read',
                                                 'ec2-bundle-read'):
            return 400, {}, REFUSED
        body = request.body if isinstance(request.body, bytes) else \
            request.body.encode()
        return 200, {'ETag': '"%s"' % hashlib.md5(body).hexdigest()}, ''


@responses.activate
def test_a_refused_acl_is_named_with_what_to_try(inprocess, bundle):
    server = Radosgw()
    code, out, err = inprocess(UploadBundle, ['-b', 'bkt', '-m',
                                              bundle.manifest_path])
    assert (code, out) == (1, '')
    assert "the server refused the canned ACL 'aws-exec-read'" in err
    assert 'try --acl private (or public-read)' in err
    # The bucket this run made holds nothing: it is removed again.
    assert server.deleted and server.objects == {}


@responses.activate
def test_acl_private_works_there(inprocess, bundle):
    server = Radosgw()
    code, out, err = inprocess(UploadBundle, ['-b', 'bkt', '-m',
                                              bundle.manifest_path,
                                              '--acl', 'private'])
    assert (code, err) == (0, '')
    assert out == 'Uploaded bkt/img.raw.manifest.xml\n'
    assert 'img.raw.manifest.xml' in server.objects and not server.deleted


@responses.activate
def test_a_bucket_that_existed_is_never_removed(inprocess, bundle):
    server = Radosgw(exists=True)
    code, out, err = inprocess(UploadBundle, ['-b', 'bkt', '-m',
                                              bundle.manifest_path])
    assert code == 1 and not server.deleted


@responses.activate
def test_a_forbidden_bucket_names_the_likely_causes(inprocess, bundle):
    responses.add('HEAD', URL + 'bkt', status=403)
    code, out, err = inprocess(UploadBundle, ['-b', 'bkt', '-m',
                                              bundle.manifest_path])
    assert (code, out) == (1, '')
    assert err.endswith('for bucket bkt: the access key is likely wrong, or '
                        'another account owns the bucket (choose another '
                        'name)\n')


@pytest.mark.parametrize('missing', [0, 2])
@responses.activate
def test_a_missing_part_is_named(inprocess, bundle, tmp_path, missing):
    with open(bundle.manifest_path, 'rb') as fileobj:
        responses.add('GET', URL + 'bkt/img.raw.manifest.xml',
                      body=fileobj.read())
    for index, part in enumerate(bundle.parts):
        if index == missing:
            responses.add('GET', URL + 'bkt/' + part.filename, status=404,
                          body='<Error><Code>NoSuchKey</Code></Error>')
        else:
            responses.add('GET', URL + 'bkt/' + part.filename,
                          body=open(part.path, 'rb').read())
    code, out, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                                '-d', tmp_path])
    assert (code, out) == (1, '')
    name = bundle.parts[missing].filename
    assert f'bundle part bkt/{name} is not on the server (NoSuchKey)' in err
