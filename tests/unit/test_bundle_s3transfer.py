"""Bundles in S3 and the bundle-task commands, in-process with `responses`:
the exact requests sent and the rows printed."""

import base64
import datetime
import hashlib
import hmac
import json
import os
import pathlib
import re
import urllib.parse

import pytest
import responses

from euca2ools.commands.bundle.bundleinstance import BundleInstance
from euca2ools.commands.bundle.cancelbundletask import CancelBundleTask
from euca2ools.commands.bundle.deletebundle import DeleteBundle
from euca2ools.commands.bundle.describebundletasks import DescribeBundleTasks
from euca2ools.commands.bundle.downloadandunbundle import \
    DownloadAndUnbundle
from euca2ools.commands.bundle.downloadbundle import DownloadBundle
from euca2ools.commands.bundle.uploadbundle import UploadBundle
from euca2ools.commands.bundle._euimage import dump_yaml, load_yaml
from tests.query_helpers import sent

URL = 'http://cloud.test/'


def put_ok(request):
    body = request.body if isinstance(request.body, bytes) else \
        request.body.encode()
    return 200, {'ETag': '"%s"' % hashlib.md5(body).hexdigest()}, ''


class FakeBucket:
    """A bucket behind `responses`: a PUT of a key stores its body and is
    answered by ``put(request)`` (default put_ok: 200 + the MD5 ETag); a
    GET of the bucket lists what was stored under ``prefix`` (S3
    ListObjects), through ``listing(objects)`` when one is given."""

    def __init__(self, name='bkt', base=URL, put=put_ok, listing=None):
        self.name = name
        self.put = put
        self.listing = listing
        self.objects = {}
        bucket = re.escape(base + name)
        responses.add_callback('PUT', re.compile(bucket + r'/.+'),
                               callback=self._put)
        responses.add_callback('GET', re.compile(bucket + r'/?(\?.*)?$'),
                               callback=self._list)

    def _put(self, request):
        status, headers, body = self.put(request)
        if status < 300:
            key = urllib.parse.unquote(urllib.parse.urlsplit(
                request.url).path.split('/', 2)[2])
            self.objects[key] = request.body
        return status, headers, body

    def _list(self, request):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(
            request.url).query)
        prefix = query.get('prefix', [''])[0]
        objects = {key: len(body) for key, body in self.objects.items()
                   if key.startswith(prefix)}
        if self.listing is not None:
            objects = self.listing(objects)
        contents = ''.join(f'<Contents><Key>{key}</Key><Size>{size}</Size>'
                           '</Contents>'
                           for key, size in sorted(objects.items()))
        return 200, {}, (
            '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/'
            f'"><Name>{self.name}</Name><Prefix>{prefix}</Prefix>'
            f'<IsTruncated>false</IsTruncated>{contents}</ListBucketResult>')


def s3_calls(method=None):
    return [(c.request.method, urllib.parse.urlsplit(c.request.url).path)
            for c in responses.calls
            if method is None or c.request.method == method]


# -- upload -------------------------------------------------------------------

@responses.activate
def test_upload_puts_parts_then_manifest(inprocess, bundle):
    responses.add('HEAD', URL + 'bkt', status=200)
    FakeBucket()
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt/images/', '-m', bundle.manifest_path])
    assert code == 0, err
    assert out == 'Uploaded bkt/images/img.raw.manifest.xml\n'
    puts = s3_calls('PUT')
    assert len(puts) == len(bundle.parts) + 1
    assert puts[-1] == ('PUT', '/bkt/images/img.raw.manifest.xml')
    assert sorted(puts[:-1]) == [('PUT', f'/bkt/images/{p.filename}')
                                 for p in bundle.parts]
    # one listing of the parts' common prefix, before the manifest
    assert [c.request.method for c in responses.calls][-2:] == ['GET', 'PUT']
    assert responses.calls[-2].request.url == \
        URL + 'bkt?prefix=images%2Fimg.raw.part.0'
    for call in responses.calls[1:]:
        if call.request.method != 'PUT':
            continue
        headers = call.request.headers
        assert headers['x-amz-acl'] == 'aws-exec-read'
        assert headers['Authorization'].startswith(
            'AWS4-HMAC-SHA256 Credential=AKIDINPROCESS/')
        assert base64.b64decode(headers['Content-MD5']) == \
            hashlib.md5(call.request.body).digest()


@pytest.mark.parametrize('damage', ['truncate', 'empty', 'change'])
@responses.activate
def test_upload_refuses_a_part_that_is_not_the_manifests(inprocess, bundle,
                                                         damage):
    """A part cut short (or changed) since bundling is refused, naming it,
    before the manifest goes: it would register and fail only at launch
    (issue 21, point 1)."""
    responses.add('HEAD', URL + 'bkt', status=200)
    bucket = FakeBucket()
    part = bundle.parts[1]
    data = open(part.path, 'rb').read()
    with open(part.path, 'wb') as fileobj:
        fileobj.write({'truncate': data[:len(data) // 2], 'empty': b'',
                       'change': b'x' + data[1:]}[damage])
    code, out, err = inprocess(UploadBundle, ['-b', 'bkt', '-m',
                                              bundle.manifest_path])
    assert (code, out) == (1, '')
    assert f'bundle part {part.path} is not the part the manifest lists' \
        in err
    assert err.endswith('the manifest was not uploaded\n')
    assert 'img.raw.manifest.xml' not in bucket.objects
    assert part.filename not in bucket.objects


@responses.activate
def test_upload_debug_lists_each_part_then_the_manifest(inprocess, bundle):
    # 3.4: with --debug, one "Uploaded BUCKET/KEY" line per part (manifest
    # order) before the manifest's; --skipmanifest drops only the latter.
    responses.add('HEAD', URL + 'bkt', status=200)
    FakeBucket()
    parts = ''.join(f'Uploaded bkt/images/{p.filename}\n'
                    for p in bundle.parts)
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt/images', '-m', bundle.manifest_path, '--debug'])
    assert code == 0, err
    assert out == parts + 'Uploaded bkt/images/img.raw.manifest.xml\n'
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt/images', '-m', bundle.manifest_path, '--skipmanifest'])
    assert code == 0, err
    assert out == ''
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt/images', '-m', bundle.manifest_path, '--skipmanifest',
        '--debug'])
    assert code == 0, err
    assert out == parts


@responses.activate
def test_upload_failure_half_way_leaves_no_manifest(inprocess, bundle):
    responses.add('HEAD', URL + 'bkt', status=200)
    second = bundle.parts[1].filename

    def callback(request):
        if request.url.endswith(second):
            return 403, {}, ('<Error><Code>AccessDenied</Code><Message>'
                             'Access Denied</Message></Error>')
        return put_ok(request)
    FakeBucket(put=callback)
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt', '-m', bundle.manifest_path, '--retry'])
    assert code == 1
    assert 'error (AccessDenied): Access Denied' in err
    assert out == ''
    assert not any(path.endswith('.manifest.xml') for _, path in s3_calls())
    # a permanent error is not retried
    assert s3_calls('PUT').count(('PUT', f'/bkt/{second}')) == 1


@responses.activate
def test_upload_retries_a_corrupted_part(inprocess, bundle):
    responses.add('HEAD', URL + 'bkt', status=200)
    seen = []

    def callback(request):
        seen.append(request.url)
        if len(seen) == 1:
            return 200, {'ETag': '"0123456789abcdef0123456789abcdef"'}, ''
        return put_ok(request)
    FakeBucket(put=callback)
    code, out, err = inprocess(UploadBundle, [
        '-b', 'bkt', '-m', bundle.manifest_path, '--skipmanifest'])
    assert code == 0, err
    assert out == ''
    assert len(seen) == len(bundle.parts) + 1     # one retry, no manifest


def _upload_argv(how, bundle, certs, tmp_path):
    """(command class, argv) uploading the 4-part ``bundle``'s image to
    bkt/: by euca-upload-bundle or by euca-bundle-and-upload-image."""
    from euca2ools.commands.bundle.bundleanduploadimage import \
        BundleAndUploadImage
    if how == 'upload-bundle':
        return UploadBundle, ['-b', 'bkt', '-m', bundle.manifest_path]
    image = tmp_path / 'img.raw'          # the bundle's image
    return BundleAndUploadImage, [
        '-i', image, '-r', 'x86_64', '-b', 'bkt', '--part-size', '1000',
        '--ec2cert', certs['cloud-cert'], '-u', '1234',
        '-d', tmp_path / 'work']


UPLOADERS = ['upload-bundle', 'bundle-and-upload-image']


@pytest.mark.parametrize('how', UPLOADERS)
@responses.activate
def test_part_put_without_etag_fails_and_keeps_the_manifest_back(
        inprocess, bundle, certs, tmp_path, how):
    """A 200 without an ETag is not a stored part: retried like any failed
    part, then a one-line error naming it, and no manifest."""
    responses.add('HEAD', URL + 'bkt', status=200)
    lost = bundle.parts[1].filename

    def callback(request):
        if request.url.endswith(lost):
            return 200, {}, ''          # "stored", but no ETag
        return put_ok(request)
    FakeBucket(put=callback)
    command, argv = _upload_argv(how, bundle, certs, tmp_path)
    code, out, err = inprocess(command, argv)
    assert code == 1, err
    assert out == ''
    assert err.count('\n') == 1 and 'Traceback' not in err
    assert f'error: upload of bkt/{lost} failed' in err and 'ETag' in err
    assert s3_calls('PUT').count(('PUT', f'/bkt/{lost}')) == 3  # 2 retries
    assert not any(p.endswith('.manifest.xml') for _, p in s3_calls())


@pytest.mark.parametrize('how', UPLOADERS)
@responses.activate
def test_part_put_without_etag_is_retried(inprocess, bundle, certs,
                                          tmp_path, how):
    responses.add('HEAD', URL + 'bkt', status=200)
    seen = []

    def callback(request):
        seen.append(request.url)
        if len(seen) == 1:
            return 200, {}, ''
        return put_ok(request)
    FakeBucket(put=callback)
    command, argv = _upload_argv(how, bundle, certs, tmp_path)
    code, out, err = inprocess(command, argv)
    assert code == 0, err
    assert out == 'Uploaded bkt/img.raw.manifest.xml\n'
    assert s3_calls('PUT').count(('PUT', urllib.parse.urlsplit(
        seen[0]).path)) == 2


@pytest.mark.parametrize('how', UPLOADERS)
@pytest.mark.parametrize('damage, message', [
    (lambda objects, key: objects.pop(key), 'is missing'),
    (lambda objects, key: objects.update({key: objects[key] - 1}),
     'holds 999 bytes, not 1000'),
])
@responses.activate
def test_parts_missing_from_the_listing_keep_the_manifest_back(
        inprocess, bundle, certs, tmp_path, how, damage, message):
    """Every PUT answered with the right ETag, but the bucket does not hold
    a part (or holds it short): the listing before the manifest finds it."""
    responses.add('HEAD', URL + 'bkt', status=200)
    lost = bundle.parts[2].filename

    def listing(objects):
        damage(objects, lost)
        return objects
    FakeBucket(listing=listing)
    command, argv = _upload_argv(how, bundle, certs, tmp_path)
    code, out, err = inprocess(command, argv)
    assert code == 1, err
    assert out == ''
    assert err.count('\n') == 1 and 'Traceback' not in err
    assert f'error: the upload is incomplete: bkt/{lost} {message}' in err
    assert 'the manifest was not uploaded' in err
    assert not any(p.endswith('.manifest.xml') for _, p in s3_calls())
    assert s3_calls('GET') == [('GET', '/bkt')]       # listed once


@responses.activate
def test_upload_creates_bucket_with_location(inprocess, bundle):
    responses.add('HEAD', URL + 'newbkt', status=404)
    responses.add('PUT', URL + 'newbkt', status=200)
    FakeBucket('newbkt')
    code, _, err = inprocess(UploadBundle, [
        '-b', 'newbkt', '-m', bundle.manifest_path, '--location', 'eu-1',
        '--acl', 'public-read'])
    assert code == 0, err
    create = responses.calls[1].request
    assert (create.method, create.url) == ('PUT', URL + 'newbkt')
    assert b'<LocationConstraint>eu-1</LocationConstraint>' in create.body
    assert responses.calls[2].request.headers['x-amz-acl'] == 'public-read'


@responses.activate
def test_upload_sigv4_when_the_region_forces_it(inprocess, bundle, home):
    (home / '.euca' / 'r.ini').write_text(
        '[region r1]\ns3-url = http://cloud.test/\ns3-force-sigv4 = true\n')
    responses.add('HEAD', URL + 'bkt', status=200)
    FakeBucket()
    code, _, err = inprocess(UploadBundle, [
        '-b', 'bkt', '-m', bundle.manifest_path, '--region', 'r1'],
        env={'S3_URL': ''})
    assert code == 0, err
    request = responses.calls[1].request
    assert request.headers['Authorization'].startswith(
        'AWS4-HMAC-SHA256 Credential=AKIDINPROCESS/')
    assert '/r1/s3/aws4_request' in request.headers['Authorization']
    assert request.headers['x-amz-content-sha256'] == \
        hashlib.sha256(request.body).hexdigest()


def test_upload_policy_needs_a_signature(inprocess, bundle):
    code, _, err = inprocess(UploadBundle, [
        '-b', 'bkt', '-m', bundle.manifest_path, '--upload-policy', '{}'])
    assert code == 2
    assert '--upload-policy-signature is required' in err


@responses.activate
def test_upload_with_policy_posts_forms(inprocess, bundle):
    responses.add('POST', URL + 'bkt', status=204)
    code, _, err = inprocess(UploadBundle, [
        '-b', 'bkt/p', '-m', bundle.manifest_path, '--upload-policy',
        '{"x": 1}', '--upload-policy-signature', 'SIG='])
    assert code == 0, err
    assert [c.request.method for c in responses.calls] == \
        ['POST'] * (len(bundle.parts) + 1)     # no HEAD: no key to sign
    body = responses.calls[-1].request.body
    assert b'p/img.raw.manifest.xml' in body
    assert base64.b64encode(b'{"x": 1}') in body and b'SIG=' in body


# -- download and delete ------------------------------------------------------

def serve_bundle(bundle, prefix='bkt/'):
    with open(bundle.manifest_path, 'rb') as fileobj:
        responses.add('GET', URL + prefix + 'img.raw.manifest.xml',
                      body=fileobj.read())
    for part in bundle.parts:
        with open(part.path, 'rb') as fileobj:
            responses.add('GET', URL + prefix + part.filename,
                          body=fileobj.read())


@responses.activate
def test_download_rejects_a_corrupt_part(inprocess, bundle, tmp_path):
    serve_bundle(bundle)
    responses.replace('GET', URL + 'bkt/' + bundle.parts[1].filename,
                      body=b'not the part')
    dest = tmp_path / 'dl'
    dest.mkdir()
    code, out, err = inprocess(DownloadBundle, ['-b', 'bkt', '-p', 'img.raw',
                                                '-d', dest])
    assert code == 1
    assert 'is corrupt' in err and out == ''
    assert list(dest.iterdir()) == []


@responses.activate
def test_download_writes_parts_and_manifest(inprocess, bundle, tmp_path):
    serve_bundle(bundle)
    code, out, err = inprocess(DownloadBundle, [
        '-b', 'bkt', '-m', 'img.raw.manifest.xml', '-d', tmp_path])
    assert code == 0, err
    assert out == f'Wrote manifest {tmp_path}/img.raw.manifest.xml\n'
    for part in bundle.parts:
        with open(part.path, 'rb') as want:
            assert (tmp_path / part.filename).read_bytes() == want.read()


@responses.activate
def test_download_and_unbundle_to_stdout_prints_only_the_image(
        inprocess, certs, tmp_path):
    # -d -: the image itself on stdout and no "Wrote" line (as in 3.4);
    # a text image so the captured stdout can be compared as text.
    from euca2ools.bundle import create_bundle
    image = tmp_path / 'img.raw'
    image.write_bytes(b'line of a text image\n' * 200)
    out_dir = tmp_path / 'bundle'
    out_dir.mkdir()
    text_bundle = create_bundle(str(image), str(out_dir), 'x86_64',
                                ec2cert=certs['cloud-cert'],
                                cert=certs['user-cert'],
                                privatekey=certs['user-pk'], user='1234-5678',
                                part_size=1000)
    serve_bundle(text_bundle)
    code, out, err = inprocess(DownloadAndUnbundle, [
        '-b', 'bkt', '-p', 'img.raw', '-d', '-', '-k', certs['user-pk']])
    assert code == 0, err
    assert out == image.read_text()
    assert not (tmp_path / '-').exists()


@pytest.mark.parametrize('destination', ['dir', '-'])
@responses.activate
def test_download_and_unbundle_checks_the_manifest_signature(
        inprocess, bundle, certs, tmp_path, destination):
    serve_bundle(bundle)
    good = pathlib.Path(bundle.manifest_path).read_text()
    tampered = good.replace('<architecture>x86_64<', '<architecture>i386<')
    responses.replace('GET', URL + 'bkt/img.raw.manifest.xml', body=tampered)
    dest = tmp_path / 'dl'
    dest.mkdir()
    argv = ['-b', 'bkt', '-p', 'img.raw', '-k', certs['user-pk'],
            '-d', dest if destination == 'dir' else '-']
    code, out, err = inprocess(DownloadAndUnbundle, argv,
                               env={'EC2_CERT': certs['user-cert']})
    assert (code, out) == (1, ''), err
    assert err.startswith('euca-download-and-unbundle: error: the signature '
                          'of manifest bkt/img.raw.manifest.xml is not valid '
                          'for certificate ')
    assert err.count('\n') == 1
    assert list(dest.iterdir()) == []
    assert s3_calls('GET') == [('GET', '/bkt/img.raw.manifest.xml')]
    if destination == 'dir':
        # -c names the certificate; the untouched manifest passes
        responses.replace('GET', URL + 'bkt/img.raw.manifest.xml', body=good)
        code, out, err = inprocess(DownloadAndUnbundle, argv + [
            '-c', certs['user-cert']])
        assert (code, err) == (0, '')
        assert out == f'Wrote {dest}/img.raw\n'


@responses.activate
def test_delete_bundle_parts_then_manifest_then_bucket(inprocess, bundle):
    serve_bundle(bundle, 'bkt/pre/')
    responses.add('DELETE', re.compile(r'http://cloud\.test/bkt.*'),
                  status=204)
    code, out, err = inprocess(DeleteBundle, ['-b', 'bkt/pre', '-p',
                                              'img.raw', '--clear'])
    assert code == 0, err
    assert out == ''
    assert s3_calls('DELETE') == (
        [('DELETE', f'/bkt/pre/{p.filename}') for p in bundle.parts]
        + [('DELETE', '/bkt/pre/img.raw.manifest.xml'), ('DELETE', '/bkt')])


# -- bundle tasks -------------------------------------------------------------

TASK = ('<bundleInstanceTask><instanceId>i-1</instanceId><bundleId>bun-1'
        '</bundleId><state>pending</state><startTime>T1</startTime>'
        '<updateTime>T2</updateTime><storage><S3><bucket>bkt</bucket><prefix>'
        'win</prefix></S3></storage><progress>3%</progress>'
        '</bundleInstanceTask>')
BUNDLE_ROW = 'BUNDLE\tbun-1\ti-1\tbkt\twin\tT1\tT2\tpending\t3%\t' \
             'bkt/win.manifest.xml\n'


def ec2_reply(action, inner):
    return (f'<{action}Response xmlns="http://ec2.amazonaws.com/doc/'
            f'2015-10-01/"><requestId>r</requestId>{inner}'
            f'</{action}Response>')


@responses.activate
def test_bundle_instance_signs_its_upload_policy(inprocess):
    responses.add('POST', URL, body=ec2_reply('BundleInstance', TASK))
    before = datetime.datetime.now(datetime.timezone.utc)
    code, out, err = inprocess(BundleInstance, ['i-1', '-b', 'bkt', '-p',
                                                'win', '-x', '6'])
    assert code == 0, err
    assert out == BUNDLE_ROW
    params = sent()
    assert params['Action'] == 'BundleInstance'
    assert params['InstanceId'] == 'i-1'
    assert params['Storage.S3.Bucket'] == 'bkt'
    assert params['Storage.S3.Prefix'] == 'win'
    assert params['Storage.S3.AWSAccessKeyId'] == 'AKIDINPROCESS'
    policy = json.loads(base64.b64decode(params['Storage.S3.UploadPolicy']))
    assert policy['conditions'] == [{'acl': 'ec2-bundle-read'},
                                    {'bucket': 'bkt'},
                                    ['starts-with', '$key', 'win']]
    expires = datetime.datetime.strptime(
        policy['expiration'], '%Y-%m-%dT%H:%M:%SZ').replace(
            tzinfo=datetime.timezone.utc)
    assert datetime.timedelta(hours=5.9) < expires - before < \
        datetime.timedelta(hours=6.1)
    want = base64.b64encode(hmac.new(
        b'inprocess-secret', params['Storage.S3.UploadPolicy'].encode(),
        hashlib.sha1).digest()).decode()
    assert params['Storage.S3.UploadPolicySignature'] == want


@responses.activate
def test_bundle_instance_with_owner_keys_and_given_policy(inprocess):
    responses.add('POST', URL, body=ec2_reply('BundleInstance', TASK))
    code, _, err = inprocess(BundleInstance, [
        'i-1', '-b', 'bkt', '-p', 'win', '-o', 'OWNERAK', '-w', 'ownersecret',
        '-c', 'UE9MSUNZ'])
    assert code == 0, err
    params = sent()
    assert params['Storage.S3.AWSAccessKeyId'] == 'OWNERAK'
    assert params['Storage.S3.UploadPolicy'] == 'UE9MSUNZ'
    assert params['Storage.S3.UploadPolicySignature'] == base64.b64encode(
        hmac.new(b'ownersecret', b'UE9MSUNZ', hashlib.sha1).digest()).decode()


@responses.activate
def test_describe_and_cancel_bundle_tasks(inprocess):
    responses.add('POST', URL, body=ec2_reply(
        'DescribeBundleTasks', '<bundleInstanceTasksSet><item>'
        + TASK[len('<bundleInstanceTask>'):-len('</bundleInstanceTask>')]
        + '</item></bundleInstanceTasksSet>'))
    code, out, err = inprocess(DescribeBundleTasks, [
        'bun-1', '--filter', 'state=pending'])
    assert code == 0, err
    assert out == BUNDLE_ROW
    params = sent()
    assert params['BundleId.1'] == 'bun-1'
    assert params['Filter.1.Name'] == 'state'
    responses.replace('POST', URL, body=ec2_reply('CancelBundleTask', TASK))
    code, out, err = inprocess(CancelBundleTask, ['bun-1'])
    assert code == 0, err
    assert out == BUNDLE_ROW
    assert b'Action=CancelBundleTask' in responses.calls[1].request.body


# -- the YAML of image packs (PyYAML) -----------------------------------------

def test_yaml_round_trip_and_image_metadata():
    text = ('name: centos  # the OS\nversion: "7.1"\nrelease: 1\n'
            'arch: x86_64\ndescription: |\n  line one\n  line two\n'
            'profiles:\n  default:\n    bundle: {arch: x86_64}\n'
            '    register:\n      virtualization-type: hvm\n'
            '    tag:\n      os: \'cent os\'\n      list:\n        - a\n'
            '        - b\n')
    data = load_yaml(text)
    assert data['version'] == '7.1' and data['release'] == 1
    assert data['description'] == 'line one\nline two\n'
    assert data['profiles']['default'] == {
        'bundle': {'arch': 'x86_64'},
        'register': {'virtualization-type': 'hvm'},
        'tag': {'os': 'cent os', 'list': ['a', 'b']}}
    pack_md = {'image': {'sha256sum': 'ab', 'size': 3}, 'version': 1}
    assert load_yaml(dump_yaml(pack_md)) == pack_md


def test_valid_yaml_the_old_reader_misread():
    """Anchors and flow collections are YAML too (issue 24, point 8)."""
    assert load_yaml('x: &A 1\ny: *A\n') == {'x': 1, 'y': 1}
    assert load_yaml('{b: [1, 2]}') == {'b': [1, 2]}
    with pytest.raises(Exception, match=r'YAML: .* at line 2'):
        load_yaml('a: 1\n b: [\n')


# -- the S3 client ------------------------------------------------------------

def s3_client(env=None):
    from euca2ools.core import Context
    from euca2ools.core.s3 import S3
    from euca2ools.core.credentials import Credentials
    environ = {'S3_URL': URL, 'EUCA_CONFIG_PATH': '/nonexistent/*.ini',
               **(env or {})}
    context = Context(environ=environ)
    context._credentials = Credentials('AKID', 'SECRET')
    return S3(context)


@responses.activate
def test_list_objects_follows_the_pages():
    page = ('<ListBucketResult xmlns="http://s3.amazonaws.com/doc/'
            '2006-03-01/"><Name>bkt</Name><IsTruncated>{}</IsTruncated>{}'
            '</ListBucketResult>')
    responses.add('GET', URL + 'bkt', body=page.format(
        'true', '<Contents><Key>a/1</Key><Size>1</Size></Contents>'
                '<Contents><Key>a/2</Key><Size>2</Size></Contents>'))
    responses.add('GET', URL + 'bkt', body=page.format(
        'false', '<Contents><Key>a/3</Key><Size>3</Size></Contents>'))
    keys = [obj['Key'] for obj in s3_client().list_objects('bkt', 'a/')]
    assert keys == ['a/1', 'a/2', 'a/3']
    assert responses.calls[0].request.url == URL + 'bkt?prefix=a%2F'
    second = urllib.parse.parse_qs(
        urllib.parse.urlsplit(responses.calls[1].request.url).query)
    assert second == {'prefix': ['a/'], 'marker': ['a/2']}


@responses.activate
def test_put_object_retries_server_errors_and_parses_s3_errors(monkeypatch):
    from euca2ools.core import ServerError
    from euca2ools.core.http import retry
    monkeypatch.setattr(retry, 'backoff_delay', lambda attempt: 0)
    responses.add('PUT', URL + 'bkt/k', status=503, body=(
        '<Error><Code>SlowDown</Code><Message>Reduce your rate</Message>'
        '</Error>'))
    responses.add('PUT', URL + 'bkt/k', status=200, headers={
        'ETag': '"%s"' % hashlib.md5(b'data').hexdigest()})
    client = s3_client()
    assert client.put_object('bkt', 'k', b'data') == \
        hashlib.md5(b'data').hexdigest()
    assert len(responses.calls) == 2
    responses.add('GET', URL + 'bkt/missing', status=404, body=(
        '<Error><Code>NoSuchKey</Code><Message>The specified key does not '
        'exist.</Message><RequestId>R1</RequestId></Error>'))
    with pytest.raises(ServerError) as caught:
        client.get_object('bkt', 'missing')
    assert (caught.value.code, caught.value.status,
            caught.value.request_id) == ('NoSuchKey', 404, 'R1')


@pytest.mark.parametrize('headers, message', [
    ({}, 'failed: the server answered 200 without an ETag'),
    ({'ETag': '""'}, 'without an ETag'),
    ({'ETag': '"%s-1"' % hashlib.md5(b'data').hexdigest()}, 'corrupted'),
    ({'ETag': '"0123456789abcdef0123456789abcdef"'}, 'corrupted'),
])
@responses.activate
def test_put_object_requires_the_md5_etag(headers, message):
    from euca2ools.core import ClientError
    responses.add('PUT', URL + 'bkt/k', status=200, headers=headers)
    with pytest.raises(ClientError, match=message):
        s3_client().put_object('bkt', 'k', b'data')
    responses.replace('PUT', URL + 'bkt/k', status=200, headers={
        'ETag': '"%s"' % hashlib.md5(b'data').hexdigest().upper()})
    assert s3_client().put_object('bkt', 'k', b'data') == \
        hashlib.md5(b'data').hexdigest()


def test_s3_endpoint_and_signature_options(home):
    from euca2ools.core import ClientError
    (home / '.euca' / 's3.ini').write_text(
        '[region v4]\ns3-url = http://objects.test:8773/services/objectstorage'
        '\ns3-signature-version = 4\n[region bad]\ns3-url = http://x/\n'
        's3-signature-version = 3\n')
    conf = {'EUCA_CONFIG_PATH': str(home / '.euca' / '*.ini'), 'S3_URL': ''}
    assert s3_client().signature_version() == 4        # S3 default: SigV4
    assert s3_client({'EUCA_S3_SIGNATURE_VERSION': '2'}) \
        .signature_version() == 2
    client = s3_client(dict(conf, AWS_DEFAULT_REGION='v4'))
    assert client.signature_version() == 4
    assert client.region_name == 'v4'
    assert client.url_for('b', 'a key/x+y') == \
        'http://objects.test:8773/services/objectstorage/b/a%20key/x%2By'
    with pytest.raises(ClientError):
        s3_client(dict(conf, AWS_DEFAULT_REGION='bad')).signature_version()


@responses.activate
def test_url_option_overrides_s3_url(inprocess, bundle):
    other = 'http://other.test/'
    responses.add('HEAD', other + 'bkt', status=200)
    FakeBucket(base=other)
    code, _, err = inprocess(UploadBundle, [
        '-b', 'bkt', '-m', bundle.manifest_path, '-U', other])
    assert code == 0, err
    assert all(c.request.url.startswith(other) for c in responses.calls)


@responses.activate
def test_bundle_and_upload_failure_leaves_no_manifest(inprocess, certs,
                                                      tmp_path):
    from euca2ools.commands.bundle.bundleanduploadimage import \
        BundleAndUploadImage
    image = tmp_path / 'img.raw'
    image.write_bytes(os.urandom(5000))
    responses.add('HEAD', URL + 'bkt', status=200)

    def callback(request):
        if request.url.endswith('.part.01'):
            return 500, {}, '<Error><Code>InternalError</Code></Error>'
        return put_ok(request)
    FakeBucket(put=callback)
    work = tmp_path / 'work'
    code, out, err = inprocess(BundleAndUploadImage, [
        '-i', image, '-r', 'x86_64', '-b', 'bkt', '--part-size', '1000',
        '--ec2cert', certs['cloud-cert'], '-u', '1234', '-d', work])
    assert code == 1
    assert 'InternalError' in err and out == ''
    assert not any(p.endswith('.manifest.xml') for _, p in s3_calls())
    assert not (work / 'img.raw.manifest.xml').exists()
