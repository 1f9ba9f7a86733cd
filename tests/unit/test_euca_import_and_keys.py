"""Import tasks (EC2 side plus the object storage upload, against a small
fake cloud), password decryption, key fingerprints and the environment
config generator (issue 7, part 2)."""

import base64
import hashlib
import re
import subprocess
import urllib.parse

import pytest
import responses

from euca2ools.bundle.importmanifest import ImportManifest
from euca2ools.commands.euca._import import vmdk_image_size
from tests.query_helpers import query_params, sent
from euca2ools.commands.euca.deletediskimage import DeleteDiskImage
from euca2ools.commands.euca.fingerprintkey import FingerprintKey
from euca2ools.commands.euca.generateenvironmentconfig import \
    GenerateEnvironmentConfig
from euca2ools.commands.euca.getpassword import GetPassword
from euca2ools.commands.euca.importinstance import ImportInstance
from euca2ools.commands.euca.importvolume import ImportVolume
from euca2ools.commands.euca.resumeimport import ResumeImport

OBJECT_URL = re.compile(r'http://cloud\.test/[^?]+')


class FakeCloud:
    """EC2 import actions on POST /, path-style S3 on /BUCKET[/KEY]."""

    def __init__(self):
        self.buckets = set()
        self.objects = {}
        self.calls = []          # (method, path or Action)
        self.ec2_params = []
        self.task = None

    def install(self, mock):
        mock.add_callback(responses.POST, 'http://cloud.test/',
                          callback=self.ec2)
        for method in ('HEAD', 'GET', 'PUT', 'DELETE'):
            mock.add_callback(method, OBJECT_URL, callback=self.s3)

    def ec2(self, request):
        params = query_params(request.body)
        self.ec2_params.append(params)
        action = params['Action']
        self.calls.append(('POST', action))
        if action in ('ImportVolume', 'ImportInstance'):
            prefix = 'DiskImage.1.' if action == 'ImportInstance' else ''
            url = params[f'{prefix}Image.ImportManifestUrl']
            container = (
                f'<image><format>{params[prefix + "Image.Format"]}</format>'
                f'<size>{params[prefix + "Image.Bytes"]}</size>'
                f'<importManifestUrl>{_esc(url)}</importManifestUrl></image>'
                f'<volume><size>{params[prefix + "Volume.Size"]}</size>'
                '</volume><availabilityZone>zone-a</availabilityZone>')
            if action == 'ImportVolume':
                body = f'<importVolume>{container}</importVolume>'
            else:
                body = (f'<importInstance><volumes><item>{container}</item>'
                        '</volumes></importInstance>')
            self.task = (f'<conversionTaskId>import-1</conversionTaskId>'
                         f'<state>active</state>{body}')
            return 200, {}, (f'<{action}Response><conversionTask>{self.task}'
                             f'</conversionTask></{action}Response>')
        if action == 'DescribeConversionTasks':
            return 200, {}, ('<DescribeConversionTasksResponse>'
                             f'<conversionTasks><item>{self.task}</item>'
                             '</conversionTasks>'
                             '</DescribeConversionTasksResponse>')
        return 400, {}, '<Response><Errors><Error><Code>Bad</Code>'

    def s3(self, request):
        path = urllib.parse.unquote(urllib.parse.urlsplit(request.url).path)
        bucket, _, key = path.lstrip('/').partition('/')
        self.calls.append((request.method, path))
        if not key:
            if request.method == 'HEAD':
                return (200 if bucket in self.buckets else 404), {}, ''
            self.buckets.add(bucket)
            return 200, {}, ''
        name = (bucket, key)
        if request.method == 'PUT':
            body = request.body
            self.objects[name] = body if isinstance(body, bytes) \
                else body.encode()
            return 200, {'ETag': '"%s"' % hashlib.md5(
                self.objects[name]).hexdigest()}, ''
        if name not in self.objects:
            if request.method == 'HEAD':
                return 404, {}, ''
            return 404, {}, ('<Error><Code>NoSuchKey</Code><Message>no'
                             '</Message></Error>')
        if request.method == 'DELETE':
            del self.objects[name]
            return 204, {}, ''
        return 200, {}, (self.objects[name] if request.method == 'GET'
                         else b'')


def _esc(text):
    return text.replace('&', '&amp;')


@pytest.fixture
def cloud():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake = FakeCloud()
        fake.install(mock)
        yield fake


def test_import_volume_uploads_manifest_and_parts(inprocess, cloud,
                                                  tmp_path):
    image = tmp_path / 'disk.img'
    image.write_bytes(b'x' * 4096)
    code, out, err = inprocess(ImportVolume, [
        image, '-f', 'raw', '-z', 'zone-a', '-b', 'imports', '--prefix',
        'team', '-d', 'my disk'])
    assert (code, err) == (0, '')
    params = cloud.ec2_params[0]
    assert (params['Action'], params['Image.Format'], params['Image.Bytes'],
            params['Volume.Size'], params['AvailabilityZone'],
            params['Description']) == ('ImportVolume', 'RAW', '4096', '1',
                                       'zone-a', 'my disk')
    manifest_url = urllib.parse.urlsplit(params['Image.ImportManifestUrl'])
    assert re.fullmatch(r'/imports/team/[0-9a-f-]{36}/disk\.img\.manifest'
                        r'\.xml', manifest_url.path)
    assert 'Signature=' in manifest_url.query
    assert cloud.calls[:2] == [('HEAD', '/imports'), ('PUT', '/imports')]
    manifest_key = manifest_url.path.split('/', 2)[2]
    manifest = ImportManifest.from_xml(
        cloud.objects[('imports', manifest_key)])
    assert (manifest.file_format, manifest.image_size,
            manifest.volume_size) == ('RAW', 4096, 1)
    assert [(p.index, p.start, p.end) for p in manifest.parts] == \
        [(0, 0, 4095)]
    part_key = manifest.parts[0].key
    assert part_key == manifest_key.rsplit('/', 1)[0] + '/disk.img.part.0'
    assert cloud.objects[('imports', part_key)] == b'x' * 4096
    assert 'Signature=' in manifest.parts[0].get_url
    assert out == ('TaskType\tIMPORTVOLUME\tTaskId\timport-1\tStatus\t'
                   'active\nDISKIMAGE\tDiskImageFormat\tRAW\tDiskImageSize\t'
                   '4096\tVolumeSize\t1\tAvailabilityZone\tzone-a\n')

    # Delete the image by its manifest URL: every part, then the manifest.
    code, out, err = inprocess(DeleteDiskImage, [
        '-u', params['Image.ImportManifestUrl']])
    assert (code, out, err) == (0, '', '')
    assert cloud.objects == {}
    assert cloud.calls[-2:] == [('DELETE', f'/imports/{part_key}'),
                                ('DELETE', f'/imports/{manifest_key}')]


def test_import_instance_no_upload_then_resume(inprocess, cloud, tmp_path):
    image = tmp_path / 'vm.img'
    image.write_bytes(bytes(range(256)) * 10240)      # 2.5 MiB
    code, out, err = inprocess(ImportInstance, [
        image, '-f', 'RAW', '-t', 'm1.small', '-a', 'x86_64', '-p', 'Linux',
        '-b', 'imports', '--no-upload', '-g', 'web', '-z', 'zone-a',
        '--user-data', 'hello', '--key', 'mykey', '--monitor'])
    assert (code, err) == (0, '')
    params = cloud.ec2_params[0]
    assert {k: params[k] for k in (
        'DiskImage.1.Image.Format', 'DiskImage.1.Image.Bytes',
        'DiskImage.1.Volume.Size', 'LaunchSpecification.InstanceType',
        'LaunchSpecification.Architecture', 'Platform',
        'LaunchSpecification.GroupName.1',
        'LaunchSpecification.Placement.AvailabilityZone',
        'LaunchSpecification.UserData.Data', 'LaunchSpecification.KeyName',
        'LaunchSpecification.Monitoring.Enabled')} == {
        'DiskImage.1.Image.Format': 'RAW',
        'DiskImage.1.Image.Bytes': str(2621440),
        'DiskImage.1.Volume.Size': '1',
        'LaunchSpecification.InstanceType': 'm1.small',
        'LaunchSpecification.Architecture': 'x86_64', 'Platform': 'Linux',
        'LaunchSpecification.GroupName.1': 'web',
        'LaunchSpecification.Placement.AvailabilityZone': 'zone-a',
        'LaunchSpecification.UserData.Data': 'aGVsbG8=',
        'LaunchSpecification.KeyName': 'mykey',
        'LaunchSpecification.Monitoring.Enabled': 'true'}
    assert [k for k in cloud.objects] == []          # --no-upload
    assert out.startswith('TaskType\tIMPORTINSTANCE\tTaskId\timport-1\t')

    # Resume with 1 MiB parts; pretend part 1 was uploaded before.
    manifest_path = urllib.parse.urlsplit(
        params['DiskImage.1.Image.ImportManifestUrl']).path
    prefix = manifest_path.split('/', 2)[2].rsplit('/', 1)[0]
    cloud.objects[('imports', f'{prefix}/vm.img.part.1')] = b'old'
    code, out, err = inprocess(ResumeImport, [image, '-t', 'import-1',
                                              '--part-size', '1'])
    assert (code, out, err) == (0, '', '')
    assert cloud.ec2_params[-1]['ConversionTaskId.1'] == 'import-1'
    data = image.read_bytes()
    assert cloud.objects[('imports', f'{prefix}/vm.img.part.0')] == \
        data[:2 ** 20]
    assert cloud.objects[('imports', f'{prefix}/vm.img.part.1')] == b'old'
    assert cloud.objects[('imports', f'{prefix}/vm.img.part.2')] == \
        data[2 * 2 ** 20:]
    manifest = ImportManifest.from_xml(
        cloud.objects[('imports', manifest_path.split('/', 2)[2])])
    assert [(p.start, p.end) for p in manifest.parts] == [
        (0, 2 ** 20 - 1), (2 ** 20, 2 * 2 ** 20 - 1),
        (2 * 2 ** 20, len(data) - 1)]

    # A different file cannot resume this task.
    other = tmp_path / 'other.img'
    other.write_bytes(b'y' * 10)
    code, _, err = inprocess(ResumeImport, [other, '-t', 'import-1'])
    assert code == 1 and 'is not the same size' in err

    # The task is active: deleting its image needs --ignore-active-task.
    code, _, err = inprocess(DeleteDiskImage, ['-t', 'import-1'])
    assert code == 1 and '--ignore-active-task' in err
    code, out, err = inprocess(DeleteDiskImage, ['-t', 'import-1',
                                                 '--ignore-active-task'])
    assert (code, out, err) == (0, '', '')
    assert cloud.objects == {}


def test_vhd_needs_image_size_and_vmdk_size_is_read(inprocess, tmp_path):
    vhd = tmp_path / 'disk.vhd'
    vhd.write_bytes(b'conectix')
    code, _, err = inprocess(ImportVolume, [vhd, '-f', 'vhd', '-z', 'z',
                                            '--manifest-url', 'http://x/b/k'])
    assert code == 2 and '--image-size is required for VHD' in err
    vmdk = tmp_path / 'disk.vmdk'
    vmdk.write_bytes(b'KDMV' + (1).to_bytes(4, 'little') + bytes(4)
                     + (2 ** 21).to_bytes(8, 'little') + bytes(100))
    assert vmdk_image_size(vmdk) == 2 ** 30


def _rsa_key(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / 'launch.pem'
    path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption()))
    return key, path


@responses.activate
def test_get_password_decrypts_locally(inprocess, tmp_path):
    from cryptography.hazmat.primitives.asymmetric import padding
    key, path = _rsa_key(tmp_path)
    blob = key.public_key().encrypt(b'S3cret!pass', padding.PKCS1v15())
    encoded = base64.b64encode(blob).decode()
    responses.post('http://cloud.test/', body=(
        '<GetPasswordDataResponse><instanceId>i-1</instanceId><passwordData>'
        f'\n{encoded}\n</passwordData></GetPasswordDataResponse>'))
    code, out, err = inprocess(GetPassword, ['i-1', '-k', path])
    assert (code, out, err) == (0, 'S3cret!pass\n', '')
    body = sent(0)
    assert (body['Action'], body['InstanceId']) == ('GetPasswordData', 'i-1')

    # The wrong key: a clean client error, not a traceback.
    _, other = _rsa_key(tmp_path / '..')
    code, _, err = inprocess(GetPassword, ['i-1', '-k', other])
    assert code == 1 and 'failed to decrypt' in err


@responses.activate
def test_get_password_without_data_or_key(inprocess, tmp_path):
    _, path = _rsa_key(tmp_path)
    responses.post('http://cloud.test/', body=(
        '<GetPasswordDataResponse><instanceId>i-1</instanceId>'
        '<passwordData/></GetPasswordDataResponse>'))
    code, _, err = inprocess(GetPassword, ['i-1', '-k', path])
    assert code == 1 and 'no password data' in err
    code, _, err = inprocess(GetPassword, ['i-1', '-k', tmp_path / 'none'])
    assert code == 1 and 'cannot read private key' in err
    assert len(responses.calls) == 1      # a bad key file sends nothing


def test_fingerprint_key_matches_openssl(inprocess, tmp_path):
    _, path = _rsa_key(tmp_path)
    code, out, err = inprocess(FingerprintKey, [path])
    assert (code, err) == (0, '')
    assert re.fullmatch(r'([0-9a-f]{2}:){19}[0-9a-f]{2}\n', out)
    try:
        der = subprocess.run(
            ['openssl', 'pkcs8', '-topk8', '-nocrypt', '-outform', 'DER',
             '-in', str(path)], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip('openssl is not available')
    digest = hashlib.sha1(der).hexdigest()
    assert out.strip() == ':'.join(digest[i:i + 2] for i in range(0, 40, 2))
    code, _, err = inprocess(FingerprintKey, [tmp_path / 'missing.pem'])
    assert code == 1 and 'cannot read private key' in err


def test_generate_environment_config(inprocess, home):
    (home / '.euca' / 'cloud.ini').write_text(
        '[region mycloud]\nec2-url = http://ec2.mycloud/\n'
        's3-url = http://s3.mycloud/\ncertificate = /etc/cloud-cert.pem\n'
        'user = admin\n\n[user admin]\nkey-id = AKIDCONFIG\n'
        'secret-key = configsecret\naccount-id = 123456789012\n')
    code, out, err = inprocess(GenerateEnvironmentConfig,
                               ['--region', 'mycloud'])
    assert (code, err) == (0, '')
    lines = out.splitlines()
    assert 'EC2_URL=http://cloud.test/; export EC2_URL;' in lines
    assert 'AWS_ACCESS_KEY_ID=AKIDINPROCESS; export AWS_ACCESS_KEY_ID;' \
        in lines
    assert 'EUCALYPTUS_CERT=/etc/cloud-cert.pem; export EUCALYPTUS_CERT;' \
        in lines
    assert '# EUCA_BOOTSTRAP_URL is not set' in lines
    set_lines = [line for line in lines if not line.startswith('#')]
    assert set_lines == sorted(set_lines)
    assert lines.index('# EC2_CERT is not set') > len(set_lines) - 1

    env = {'EC2_URL': '', 'S3_URL': '', 'AWS_ACCESS_KEY_ID': '',
           'AWS_SECRET_ACCESS_KEY': ''}
    code, out, _ = inprocess(GenerateEnvironmentConfig,
                             ['--region', 'mycloud', '--simple'], env=env)
    assert code == 0
    simple = dict(line.split('=', 1) for line in out.splitlines())
    assert simple['EC2_URL'] == 'http://ec2.mycloud/'
    assert simple['S3_URL'] == 'http://s3.mycloud/'
    assert simple['AWS_ACCESS_KEY_ID'] == 'AKIDCONFIG'
    assert simple['EC2_USER_ID'] == '123456789012'
    assert simple['AWS_SECURITY_TOKEN'] == ''
