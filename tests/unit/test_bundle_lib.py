"""The bundle library: round trips, the format as openssl/gzip/tar see it,
and refusal of tampered or hostile bundles."""

import binascii
import gzip
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import tarfile
import time
import zlib

import pytest
from testbed import make_identities

from euca2ools.bundle import (BundleError, BundleManifest, ProgressMeter,
                              create_bundle, unbundle, unbundle_stream)
from euca2ools.bundle import crypto
from euca2ools.bundle.streams import (crc32_combine, gunzip, parallel_gzip,
                                      tar_header)

from .bundle_helpers import (IV_HEX, KEY_HEX, bundle_from_gzip,
                             bundle_from_tar, gzip_bomb, tar_with)

HAVE_OPENSSL = shutil.which('openssl') is not None
needs_openssl = pytest.mark.skipif(not HAVE_OPENSSL, reason='no openssl')


@pytest.fixture(scope='module')
def ids(tmp_path_factory):
    return make_identities(tmp_path_factory.mktemp('ids'))


def _bundle(ids, image, dest, **kwargs):
    kwargs.setdefault('part_size', 4096)
    return create_bundle(str(image), str(dest), 'x86_64',
                         ec2cert=ids['cloud'][1], cert=ids['user'][1],
                         privatekey=ids['user'][0], user='1234-5678-9012',
                         **kwargs)


def _pattern(size, seed=1):
    """Half random, half zeros: compressible, but not trivially."""
    rnd = random.Random(seed)
    out = bytearray()
    while len(out) < size:
        out += rnd.randbytes(700) + bytes(700)
    return bytes(out[:size])


def _dirs(tmp_path):
    dest, back = tmp_path / 'bundle', tmp_path / 'back'
    dest.mkdir()
    back.mkdir()
    return dest, back


# -- building blocks ----------------------------------------------------------

def test_crc32_combine_matches_zlib():
    rnd = random.Random(5)
    for _ in range(20):
        a = rnd.randbytes(rnd.randrange(0, 3000))
        b = rnd.randbytes(rnd.randrange(0, 3000))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == \
            zlib.crc32(a + b)


@pytest.mark.parametrize('threads', [1, 3])
def test_parallel_gzip_is_one_valid_gzip_stream(threads):
    data = _pattern(300_000)
    blocks = [data[i:i + 65536] for i in range(0, len(data), 65536)]
    stream = b''.join(parallel_gzip(iter(blocks), threads=threads))
    assert gzip.decompress(stream) == data
    assert zlib.decompressobj(31).decompress(stream) == data  # one member
    if shutil.which('gzip'):
        out = subprocess.run(['gzip', '-d', '-c'], input=stream,
                             capture_output=True, check=True).stdout
        assert out == data


def test_gunzip_reads_multi_member_and_bounds_output():
    data = bytes(5_000_000)
    stream = gzip.compress(data[:10]) + gzip.compress(data[10:])
    pieces = list(gunzip([stream[:7], stream[7:]], max_out=1 << 20))
    assert b''.join(pieces) == data
    assert max(len(p) for p in pieces) <= 1 << 20
    with pytest.raises(BundleError, match='truncated'):
        list(gunzip([stream[:-30]]))


def test_tar_header_handles_huge_members_and_long_names():
    header = tar_header('x' * 150, 20 * 2 ** 30)
    info = tarfile.TarInfo.frombuf(header[-512:], 'utf-8', 'strict')
    assert info.size == 20 * 2 ** 30
    assert len(header) == 3 * 512 and header[156:157] == b'L'   # LongLink


# -- round trips --------------------------------------------------------------

SIZES = [0, 1, 511, 512, 10240, 65537, 250_000] + \
    [random.Random(7).randrange(1, 400_000) for _ in range(3)]


@pytest.mark.parametrize('size', SIZES)
def test_round_trip_sizes(ids, tmp_path, size):
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(size, seed=size))
    dest, back = _dirs(tmp_path)
    result = _bundle(ids, image, dest)
    assert [p.filename for p in result.parts] == \
        [f'disk.img.part.{i:02}' for i in range(len(result.parts))]
    assert all(p.size == 4096 for p in result.parts[:-1])
    assert 0 < result.parts[-1].size <= 4096
    assert result.manifest.bundled_size == \
        sum(os.path.getsize(p.path) for p in result.parts)
    path = unbundle(result.manifest_path, str(back), ids['user'][0],
                    cert=ids['user'][1])
    assert path == str(back / 'disk.img')
    assert (back / 'disk.img').read_bytes() == image.read_bytes()
    assert os.listdir(back) == ['disk.img']


def test_exact_part_multiples_leave_no_empty_part(ids, tmp_path):
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(100_000))
    dest, back = _dirs(tmp_path)
    keys = {'enc_key': 'ab' * 16, 'enc_iv': 'cd' * 16}
    first = _bundle(ids, image, dest, **keys)
    total = first.manifest.bundled_size
    assert total % 16 == 0
    for parts in (1, 2, 4):
        for path in dest.iterdir():
            path.unlink()
        result = _bundle(ids, image, dest, part_size=total // parts, **keys)
        assert len(result.parts) == parts
        assert {p.size for p in result.parts} == {total // parts}
        assert len(list(dest.glob('*.part.*'))) == parts
        out = unbundle(result.manifest_path, str(back), ids['user'][0],
                       cert=ids['user'][1])
        assert open(out, 'rb').read() == image.read_bytes()
        os.unlink(out)      # unbundling never replaces an existing image


def test_sparse_image_round_trip_stays_sparse(ids, tmp_path):
    image = tmp_path / 'sparse.img'
    with open(image, 'wb') as fileobj:
        fileobj.truncate(24 * 2 ** 20)
        fileobj.seek(3 * 2 ** 20 + 5)
        fileobj.write(b'data in the middle')
        fileobj.seek(24 * 2 ** 20 - 3)
        fileobj.write(b'end')
    dest, back = _dirs(tmp_path)
    result = _bundle(ids, image, dest, part_size=1 << 20)
    assert result.manifest.bundled_size < 200_000
    out = unbundle(result.manifest_path, str(back), ids['user'][0],
                   cert=ids['user'][1])
    assert open(out, 'rb').read() == image.read_bytes()
    assert os.stat(out).st_blocks * 512 < 8 * 2 ** 20   # holes kept


@pytest.mark.parametrize('opened', ['append', 'after a header'])
def test_an_image_to_a_stream_is_right_whatever_the_stream(ids, tmp_path,
                                                           opened):
    """Holes are made by seeking, which O_APPEND ignores and which lands
    wrong after a header: such an output gets the zeros written (issue 21,
    point 8)."""
    image = tmp_path / 'sparse.img'
    with open(image, 'wb') as fileobj:
        fileobj.write(b'start')
        fileobj.truncate(6 * 2 ** 20)
        fileobj.seek(6 * 2 ** 20 - 3)
        fileobj.write(b'end')
    dest, back = _dirs(tmp_path)
    result = _bundle(ids, image, dest, part_size=1 << 20)
    target = back / 'out'
    target.write_bytes(b'HEADER')
    with open(target, 'ab' if opened == 'append' else 'r+b') as out:
        if opened != 'append':
            out.seek(6)
        unbundle(result.manifest_path, out, ids['user'][0],
                 cert=ids['user'][1])
    assert target.read_bytes() == b'HEADER' + image.read_bytes()


def test_stream_input_needs_prefix_and_size(ids, tmp_path):
    data = _pattern(5000)
    dest, back = _dirs(tmp_path)
    with pytest.raises(BundleError, match='prefix and an image size'):
        create_bundle(io.BytesIO(data), str(dest), 'i386',
                      ec2cert=ids['cloud'][1])
    with pytest.raises(BundleError, match='ended after 5000 bytes'):
        create_bundle(io.BytesIO(data), str(dest), 'i386', prefix='s',
                      image_size=6000, ec2cert=ids['cloud'][1])
    with pytest.raises(BundleError, match='larger than its stated size'):
        create_bundle(io.BytesIO(data), str(dest), 'i386', prefix='s',
                      image_size=4000, ec2cert=ids['cloud'][1])
    assert os.listdir(dest) == []          # failures leave nothing behind
    result = create_bundle(io.BytesIO(data), str(dest), 'i386', prefix='s',
                           image_size=5000, ec2cert=ids['cloud'][1],
                           cert=ids['user'][1])
    # The cloud key unbundles too (ec2_encrypted_* fallback); unsigned.
    out = unbundle(result.manifest_path, str(back), ids['cloud'][0],
                   cert=None)
    assert open(out, 'rb').read() == data


def test_unbundle_stream_checks_digest_and_size(ids, tmp_path):
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(30_000))
    dest, back = _dirs(tmp_path)
    result = _bundle(ids, image, dest)
    manifest = result.manifest
    joined = b''.join(open(p.path, 'rb').read() for p in result.parts)
    out = io.BytesIO()
    res = unbundle_stream(io.BytesIO(joined), out, manifest.enc_key,
                          manifest.enc_iv, image_size=30_000,
                          sha1_digest=manifest.image_digest)
    assert out.getvalue() == image.read_bytes()
    assert (res.name, res.size, res.digest) == \
        ('disk.img', 30_000, manifest.image_digest)
    target = back / 'streamed.img'
    with pytest.raises(BundleError, match='tar SHA-1'):
        unbundle_stream(io.BytesIO(joined), str(target), manifest.enc_key,
                        manifest.enc_iv, sha1_digest='0' * 40)
    with pytest.raises(BundleError, match='should be 1 bytes'):
        unbundle_stream(io.BytesIO(joined), str(target), manifest.enc_key,
                        manifest.enc_iv, image_size=1)
    assert os.listdir(back) == []
    with pytest.raises(BundleError, match='wrong key|corrupt'):
        unbundle_stream(io.BytesIO(joined), io.BytesIO(), 'ff' * 16,
                        manifest.enc_iv)


# -- the manifest -------------------------------------------------------------

def test_manifest_layout_and_signature(ids, tmp_path):
    image = tmp_path / 'k.img'
    image.write_bytes(b'kernel bytes')
    dest, _ = _dirs(tmp_path)
    result = _bundle(ids, image, dest, kernel_id='eki-12345678',
                     ramdisk_id='eri-12345678',
                     block_device_mappings={'root': '/dev/sda1',
                                            'ami': 'sda1'},
                     product_codes=['pc1', 'pc2'])
    text = open(result.manifest_path, 'rb').read()
    head, body = text.split(b'\n', 1)
    assert head == b"<?xml version='1.0' encoding='ASCII'?>"
    assert body.count(b'\n') == 1 and body.endswith(b'</manifest>\n')
    tags = re.findall(rb'<([a-z0-9_]+)[ >]', body)
    assert tags[:12] == [
        b'manifest', b'version', b'bundler', b'name', b'version',
        b'release', b'machine_configuration', b'architecture',
        b'block_device_mapping', b'mapping', b'virtual', b'device']
    order = [t for t in tags if t in (
        b'block_device_mapping', b'product_codes', b'kernel_id',
        b'ramdisk_id', b'name', b'user', b'type', b'digest', b'size',
        b'bundled_size', b'ec2_encrypted_key', b'user_encrypted_key',
        b'ec2_encrypted_iv', b'user_encrypted_iv', b'parts', b'signature')]
    assert order[:17] == [
        b'name', b'block_device_mapping', b'product_codes', b'kernel_id',
        b'ramdisk_id', b'name', b'user', b'type', b'digest', b'size',
        b'bundled_size', b'ec2_encrypted_key', b'user_encrypted_key',
        b'ec2_encrypted_iv', b'user_encrypted_iv', b'parts', b'digest']
    assert b'<mapping><virtual>ami</virtual><device>sda1</device>' in body
    assert b'<user>123456789012</user><type>machine</type>' in body
    signed = re.search(rb'<machine_configuration>.*</image>', body).group(0)
    manifest = BundleManifest.from_bytes(text)
    assert manifest.signed_data == signed
    assert manifest.verify_signature(ids['user'][1])
    assert not manifest.verify_signature(ids['other'][1])
    assert manifest.block_device_mappings == {'root': '/dev/sda1',
                                              'ami': 'sda1'}
    assert manifest.product_codes == ['pc1', 'pc2']
    assert (manifest.kernel_id, manifest.ramdisk_id) == ('eki-12345678',
                                                         'eri-12345678')
    assert manifest.decrypt_key(ids['user'][0]) == \
        (result.manifest.enc_key, result.manifest.enc_iv)


def test_unsigned_manifest_without_user_cert(ids, tmp_path):
    image = tmp_path / 'u.img'
    image.write_bytes(b'x' * 100)
    dest, back = _dirs(tmp_path)
    result = create_bundle(str(image), str(dest), 'x86_64',
                           ec2cert=ids['cloud'][1], user='1')
    body = open(result.manifest_path, 'rb').read()
    assert b'<signature>UNSIGNED</signature>' in body
    assert (b'<user_encrypted_key algorithm="AES-128-CBC">'
            b'</user_encrypted_key>') in body
    with pytest.raises(BundleError, match='matches neither'):
        unbundle(result.manifest_path, str(back), ids['user'][0], cert=None)
    unbundle(result.manifest_path, str(back), ids['cloud'][0], cert=None)


AMI_MANIFEST = '''<?xml version="1.0" ?>
<manifest>
  <version>2007-10-10</version>
  <bundler><name>ec2-ami-tools</name><version>1.5</version>
    <release>3</release></bundler>
  <machine_configuration>
    <architecture>i386</architecture>
    <kernel_id>aki-1</kernel_id>
    <product_codes><product_code>X</product_code></product_codes>
  </machine_configuration>
  <image>
    <name>{name}</name><user>111122223333</user><type>machine</type>
    <ancestry><ancestor_ami_id>ami-1</ancestor_ami_id></ancestry>
    <digest algorithm='SHA1'>{digest}</digest>
    <size>{size}</size><bundled_size>{bundled}</bundled_size>
    <ec2_encrypted_key algorithm="AES-128-CBC">{key}</ec2_encrypted_key>
    <user_encrypted_key algorithm="AES-128-CBC">{key}</user_encrypted_key>
    <ec2_encrypted_iv>{iv}</ec2_encrypted_iv>
    <user_encrypted_iv>{iv}</user_encrypted_iv>
    <parts count="{count}">{parts}</parts>
  </image>
  <signature>00</signature>
</manifest>
'''


def _openssl_rsa(args, data):
    return subprocess.run(['openssl', 'pkeyutl'] + args, input=data,
                          capture_output=True, check=True).stdout


@needs_openssl
def test_bundle_made_with_openssl_gzip_tar_unbundles(ids, tmp_path):
    """ec2-ami-tools style: tar -S | gzip -9 | openssl enc, .part.N names
    sized by the part count, a trailing empty part, another field order."""
    src = tmp_path / 'src'
    src.mkdir()
    image = src / 'ami.img'
    with open(image, 'wb') as fileobj:          # sparse: GNU tar -S
        fileobj.truncate(3 * 2 ** 20)
        fileobj.seek(2 ** 20)
        fileobj.write(_pattern(70_000))
    key, iv = '0f' * 16, 'a0' * 16
    tar = subprocess.run(['tar', '-c', '-S', '-C', str(src), 'ami.img'],
                         capture_output=True, check=True).stdout
    gz = subprocess.run(['gzip', '-9', '-c'], input=tar,
                        capture_output=True, check=True).stdout
    enc = subprocess.run(['openssl', 'enc', '-e', '-aes-128-cbc', '-K', key,
                          '-iv', iv], input=gz, capture_output=True,
                         check=True).stdout
    part_size = 1 << 14
    chunks = [enc[i:i + part_size] for i in range(0, len(enc), part_size)]
    chunks.append(b'')                             # trailing empty part
    digits = len(str(len(chunks)))
    parts = ''
    dest, back = _dirs(tmp_path)
    for index, chunk in enumerate(chunks):
        name = f'ami.img.part.{index:0{digits}}'
        (dest / name).write_bytes(chunk)
        parts += (f'<part index="{index}"><filename>{name}</filename>'
                  f'<digest algorithm="SHA1">{hashlib.sha1(chunk).hexdigest()}'
                  '</digest></part>')
    wrap = ['-encrypt', '-certin', '-inkey', ids['user'][1], '-pkeyopt',
            'rsa_padding_mode:pkcs1']
    manifest = AMI_MANIFEST.format(
        name='ami.img', digest=hashlib.sha1(tar).hexdigest(),
        size=image.stat().st_size, bundled=len(enc), count=len(chunks),
        parts=parts,
        key=binascii.hexlify(_openssl_rsa(wrap, key.encode())).decode(),
        iv=binascii.hexlify(_openssl_rsa(wrap, iv.encode())).decode())
    (dest / 'ami.img.manifest.xml').write_text(manifest)
    # ec2-ami-tools signs the raw text (REXML quotes attributes with ');
    # it verifies because that text parses to exactly what is read.
    signed = b''.join(re.search(pattern, manifest.encode(), re.S).group(0)
                      for pattern in (rb'<machine_configuration>.*?'
                                      rb'</machine_configuration>',
                                      rb'<image>.*</image>'))
    manifest = manifest.replace('<signature>00<', '<signature>%s<' % (
        crypto.sign_hex(ids['user'][0], signed)))
    (dest / 'ami.img.manifest.xml').write_text(manifest)
    out = unbundle(str(dest / 'ami.img.manifest.xml'), str(back),
                   ids['user'][0], cert=ids['user'][1])
    assert open(out, 'rb').read() == image.read_bytes()
    parsed = BundleManifest.read(str(dest / 'ami.img.manifest.xml'))
    assert (parsed.arch, parsed.kernel_id, parsed.product_codes) == \
        ('i386', 'aki-1', ['X'])


@needs_openssl
def test_our_bundle_reads_with_openssl_gzip_tar(ids, tmp_path):
    """The documented recipe, with command-line tools only."""
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(200_000, seed=9))
    dest, back = _dirs(tmp_path)
    result = _bundle(ids, image, dest, part_size=50_000)
    text = open(result.manifest_path).read()
    unwrap = ['-decrypt', '-inkey', ids['user'][0], '-pkeyopt',
              'rsa_padding_mode:pkcs1']

    def field(tag):
        return re.search(f'<{tag}[^>]*>([^<]*)</{tag}>', text).group(1)

    key = _openssl_rsa(unwrap, binascii.unhexlify(
        field('user_encrypted_key'))).decode()
    iv = _openssl_rsa(unwrap, binascii.unhexlify(
        field('user_encrypted_iv'))).decode()
    assert re.fullmatch('[0-9a-f]{32}', key) and re.fullmatch('[0-9a-f]{32}',
                                                                iv)
    names = re.findall('<filename>([^<]+)</filename>', text)
    digests = re.findall('<part index="\\d+"><filename>[^<]+</filename>'
                         '<digest algorithm="SHA1">([0-9a-f]+)<', text)
    joined = b''
    for name, digest in zip(names, digests):
        data = (dest / name).read_bytes()
        assert hashlib.sha1(data).hexdigest() == digest
        joined += data
    gz = subprocess.run(['openssl', 'enc', '-d', '-aes-128-cbc', '-K', key,
                         '-iv', iv], input=joined, capture_output=True,
                        check=True).stdout
    tar = subprocess.run(['gzip', '-d', '-c'], input=gz, capture_output=True,
                         check=True).stdout
    assert hashlib.sha1(tar).hexdigest() == field('digest')
    subprocess.run(['tar', '-x', '-C', str(back)], input=tar, check=True)
    assert (back / 'disk.img').read_bytes() == image.read_bytes()
    # The signature verifies with openssl over <machine_configuration> +
    # <image> exactly as written.
    signed = re.search('<machine_configuration>.*</image>', text).group(0)
    (tmp_path / 'signed').write_text(signed)
    (tmp_path / 'sig').write_bytes(binascii.unhexlify(field('signature')))
    pub = subprocess.run(['openssl', 'x509', '-pubkey', '-noout', '-in',
                          ids['user'][1]], capture_output=True,
                         check=True).stdout
    (tmp_path / 'pub.pem').write_bytes(pub)
    verify = subprocess.run(['openssl', 'dgst', '-sha1', '-verify',
                             str(tmp_path / 'pub.pem'), '-signature',
                             str(tmp_path / 'sig'), str(tmp_path / 'signed')],
                            capture_output=True, text=True)
    assert verify.returncode == 0 and 'Verified OK' in verify.stdout


# -- refusals -----------------------------------------------------------------

@pytest.fixture
def made(ids, tmp_path):
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(40_000, seed=3))
    dest, back = _dirs(tmp_path)
    return _bundle(ids, image, dest), back


def _leftovers(back):
    return sorted(os.listdir(back))


def test_tampered_part_is_refused(ids, made):
    result, back = made
    path = result.parts[1].path
    data = bytearray(open(path, 'rb').read())
    data[100] ^= 1
    open(path, 'wb').write(data)
    with pytest.raises(BundleError, match='part .*part.01 is corrupt'):
        unbundle(result.manifest_path, str(back), ids['user'][0],
                 cert=ids['user'][1])
    assert _leftovers(back) == []


def test_missing_part_is_refused(ids, made):
    result, back = made
    os.unlink(result.parts[-1].path)
    with pytest.raises(BundleError, match='cannot read part'):
        unbundle(result.manifest_path, str(back), ids['user'][0],
                 cert=ids['user'][1])
    assert _leftovers(back) == []


def test_tampered_image_digest_is_refused(ids, made):
    result, back = made
    text = open(result.manifest_path).read()
    digest = result.manifest.image_digest
    open(result.manifest_path, 'w').write(text.replace(digest, '1' * 40))
    with pytest.raises(BundleError, match='tar SHA-1'):
        unbundle(result.manifest_path, str(back), ids['user'][0], cert=None)
    assert _leftovers(back) == []


@pytest.mark.parametrize('mangle, message', [
    (lambda t: t[:len(t) // 2], 'not valid XML'),
    (lambda t: t.replace('<parts count=', '<nope count=').replace(
        '</parts>', '</nope>'), 'missing parts'),
    (lambda t: t.replace('<part index="1">', '<part index="7">'),
     'part indexes'),
    (lambda t: t.replace('<size>', '<size>x'), 'not a valid bundle'),
    (lambda t: t.replace('<size>40000<', '<size>39999<'),
     'is 40000 bytes but should be 39999 bytes'),
    (lambda t: t.replace('<manifest>', '<!DOCTYPE m [<!ENTITY e "x">]>'
                         '<manifest>'), 'DTD'),
    (lambda t: t.replace('<name>disk.img<', '<name>../evil<'), 'unsafe'),
    (lambda t: t.replace('<filename>disk.img.part.00<',
                         '<filename>../../etc/passwd<'), 'unsafe'),
])
def test_corrupt_manifest_is_one_line_error(ids, made, mangle, message):
    result, back = made
    text = open(result.manifest_path).read()
    open(result.manifest_path, 'w').write(mangle(text))
    with pytest.raises(BundleError, match=message) as err:
        unbundle(result.manifest_path, str(back), ids['user'][0], cert=None)
    assert '\n' not in str(err.value)
    assert _leftovers(back) == []


# -- the manifest signature ---------------------------------------------------

def _flip_signature(text):
    signature = re.search('<signature>([0-9a-f]+)<', text).group(1)
    flipped = signature[:-1] + ('0' if signature[-1] != '0' else '1')
    return text.replace(signature, flipped)


def _smuggle(text):
    """An attacker keeps the signed <machine_configuration> in a comment
    (where a text search finds it first) and alters the real one."""
    original = re.search('<machine_configuration>.*?'
                         '</machine_configuration>', text).group(0)
    return text.replace(original, f'<!--{original}-->' + original.replace(
        'x86_64', 'i386'))


@pytest.mark.parametrize('mangle, message', [
    (lambda t: t.replace('<architecture>x86_64<', '<architecture>i386<'),
     'signature of manifest .* is not valid for certificate'),
    (lambda t: t.replace('<size>40000<', '<size>39999<'), 'not valid for'),
    (lambda t: t.replace('<user>123456789012<', '<user>999999999999<'),
     'not valid for'),
    (_flip_signature, 'not valid for'),
    (lambda t: re.sub('<signature>[0-9a-f]+<', '<signature>UNSIGNED<', t),
     r'is not signed \(signature UNSIGNED\)'),
    (lambda t: re.sub('<signature>[0-9a-f]+</signature>', '', t),
     r'is not signed \(signature missing\)'),
    (_smuggle, 'not valid for'),
    (lambda t: t.replace('</manifest>', '<image><name>x</name></image>'
                         '</manifest>'), 'more than one image'),
])
def test_tampered_or_unsigned_manifest_is_refused(ids, made, mangle,
                                                  message):
    result, back = made
    text = open(result.manifest_path).read()
    open(result.manifest_path, 'w').write(mangle(text))
    with pytest.raises(BundleError, match=message) as err:
        unbundle(result.manifest_path, str(back), ids['user'][0],
                 cert=ids['user'][1])
    assert '\n' not in str(err.value)
    assert _leftovers(back) == []


def test_manifest_signature_covers_what_is_parsed(ids, made):
    result, back = made
    text = open(result.manifest_path).read()
    assert BundleManifest.from_bytes(text).verify_signature(ids['user'][1])
    assert not BundleManifest.from_bytes(text).verify_signature(
        ids['other'][1])
    # A comment holding the signed original does not sign the altered copy.
    smuggled = BundleManifest.from_bytes(_smuggle(text))
    assert smuggled.arch == 'i386'
    assert not smuggled.verify_signature(ids['user'][1])
    with pytest.raises(BundleError, match='not valid for certificate'):
        unbundle(result.manifest_path, str(back), ids['user'][0],
                 cert=ids['other'][1])
    assert _leftovers(back) == []


def test_own_manifests_verify_whatever_they_hold(ids, tmp_path):
    """Round trip of the signature: a non-ASCII name (character references),
    no user certificate (empty user_encrypted_* elements), mappings."""
    image = tmp_path / 'd\u00efsk & <co>.img'
    image.write_bytes(_pattern(3000))
    dest, back = _dirs(tmp_path)
    result = create_bundle(str(image), str(dest), 'x86_64',
                           ec2cert=ids['cloud'][1],
                           privatekey=ids['user'][0], user='1',
                           block_device_mappings={'ami': 'sda1'},
                           kernel_id='eki-1', part_size=1024)
    body = open(result.manifest_path, 'rb').read()
    assert b'd&#239;sk &amp; &lt;co&gt;.img' in body
    assert b'algorithm="AES-128-CBC"></user_encrypted_key>' in body
    manifest = BundleManifest.read(result.manifest_path)
    manifest.check_signature(ids['user'][1])
    out = unbundle(manifest, str(back), ids['cloud'][0], cert=ids['user'][1],
                   source_dir=str(dest))
    assert open(out, 'rb').read() == image.read_bytes()


def _utf16(text, dtd=''):
    body = text.split('\n', 1)[1]
    return ('<?xml version="1.0" encoding="UTF-16"?>\n' + dtd
            + body).encode('utf-16')


def test_utf16_manifest_with_a_dtd_is_refused_by_the_parser(ids, made):
    result, back = made
    text = open(result.manifest_path).read()
    hostile = _utf16(text.replace('<name>disk.img<', '<name>&e;<'),
                     '<!DOCTYPE manifest [<!ENTITY e "disk.img">]>')
    assert b'<!DOCTYPE' not in hostile and b'<!ENTITY' not in hostile
    with pytest.raises(BundleError, match='has a DTD, which is refused'):
        BundleManifest.from_bytes(hostile)
    open(result.manifest_path, 'wb').write(hostile)
    with pytest.raises(BundleError, match='DTD'):
        unbundle(result.manifest_path, str(back), ids['user'][0], cert=None)
    assert _leftovers(back) == []
    # UTF-16 itself is fine: read, and its signature checks.
    open(result.manifest_path, 'wb').write(_utf16(text))
    out = unbundle(result.manifest_path, str(back), ids['user'][0],
                   cert=ids['user'][1])
    assert os.path.getsize(out) == 40_000


def test_wrong_private_key_is_refused(ids, made):
    result, back = made
    with pytest.raises(BundleError, match='cannot decrypt the bundle key'):
        unbundle(result.manifest_path, str(back), ids['other'][0],
                 cert=ids['user'][1])
    with pytest.raises(BundleError, match='wrong key or corrupt'):
        unbundle(result.manifest_path, str(back), enc_key='00' * 16,
                 enc_iv=result.manifest.enc_iv, cert=ids['user'][1])
    assert _leftovers(back) == []


def _member(name, kind=tarfile.REGTYPE, link=''):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    return info


@pytest.mark.parametrize('member, message', [
    (_member('../evil'), 'parent-relative'),
    (_member('a/../../evil'), 'parent-relative'),
    (_member('/etc/evil'), 'absolute'),
    (_member('link', tarfile.SYMTYPE, '/etc/passwd'), 'symbolic link'),
    (_member('hard', tarfile.LNKTYPE, '/etc/passwd'), 'hard link'),
    (_member('dir', tarfile.DIRTYPE), 'directory'),
    (_member('dev', tarfile.CHRTYPE), 'device'),
])
def test_hostile_tar_members_are_refused(ids, tmp_path, member, message):
    dest, back = _dirs(tmp_path)
    manifest = bundle_from_tar(tar_with(member, b'evil'), dest, 'img',
                               ids['user'], image_size=4)
    with pytest.raises(BundleError, match=message):
        unbundle(manifest, str(back), ids['user'][0], cert=None)
    assert _leftovers(back) == []
    assert not (tmp_path / 'evil').exists()


def test_empty_tar_is_refused(ids, tmp_path):
    dest, back = _dirs(tmp_path)
    manifest = bundle_from_tar(bytes(10240), dest, 'img', ids['user'])
    with pytest.raises(BundleError, match='holds no image'):
        unbundle(manifest, str(back), ids['user'][0], cert=None)


# -- decompression bombs ------------------------------------------------------

BOMB_MIB = 1024          # 1 GiB of zeros behind a 5000-byte image: ~1 MB


@pytest.fixture
def inflated(monkeypatch):
    """The number of bytes the unbundler's gunzip stage produced."""
    from euca2ools.bundle import extract
    counted = [0]
    real = extract.gunzip

    def counting(chunks, *args, **kwargs):
        for piece in real(chunks, *args, **kwargs):
            counted[0] += len(piece)
            yield piece
    monkeypatch.setattr(extract, 'gunzip', counting)
    return counted


@pytest.fixture(scope='module')
def bomb(ids, tmp_path_factory):
    """A bundle whose ONE gzip stream holds a 5000-byte image's tar archive
    and then 1 GiB of zeros; the manifest's tar SHA-1 covers all of it, so
    only stopping at the end of the archive refuses it early."""
    directory = tmp_path_factory.mktemp('bomb')
    data = _pattern(5000)
    pieces, digest = gzip_bomb(tar_with(tarfile.TarInfo('img'), data),
                               BOMB_MIB)
    manifest = bundle_from_gzip(pieces, digest, directory, 'img',
                                ids['user'], part_size=10 << 20,
                                image_size=len(data))
    assert os.path.getsize(manifest.replace('.manifest.xml', '.part.00')) \
        < 2 << 20
    return manifest


@pytest.mark.parametrize('how', ['unbundle', 'unbundle_stream'])
def test_gzip_bomb_after_the_tar_archive_stops_early(ids, bomb, tmp_path,
                                                     inflated, how):
    back = tmp_path / 'back'
    back.mkdir()
    started = time.monotonic()
    with pytest.raises(BundleError, match='goes on after the end of its tar '
                                          'archive') as err:
        if how == 'unbundle':
            unbundle(bomb, str(back), ids['user'][0], cert=None)
        else:
            part = bomb.replace('.manifest.xml', '.part.00')
            with open(part, 'rb') as infile:
                unbundle_stream(infile, str(back / 'img'), KEY_HEX, IV_HEX,
                                image_size=5000)
    assert time.monotonic() - started < 20
    assert inflated[0] < 32 << 20          # not 1 GiB: stopped early
    assert '\n' not in str(err.value)
    assert os.listdir(back) == []


def _sparse_header(name, stored, real, structs):
    """A GNU sparse ('S') member header: STORED bytes follow, the file is
    REAL bytes long, STRUCTS are its (offset, count) data runs."""
    info = tarfile.TarInfo(name)
    info.type = tarfile.GNUTYPE_SPARSE
    info.size = stored
    block = bytearray(info.tobuf(tarfile.GNU_FORMAT))
    for index, (offset, count) in enumerate(structs):
        pos = 386 + 24 * index
        block[pos:pos + 12] = tarfile.itn(offset, 12, tarfile.GNU_FORMAT)
        block[pos + 12:pos + 24] = tarfile.itn(count, 12, tarfile.GNU_FORMAT)
    block[483:495] = tarfile.itn(real, 12, tarfile.GNU_FORMAT)
    block[148:156] = b' ' * 8
    block[148:156] = b'%06o\0 ' % sum(block)
    return bytes(block)


def test_sparse_member_storing_more_than_its_size_stops_early(
        ids, tmp_path, inflated):
    """The bomb inside the member: a sparse image of 5000 bytes whose
    header says 1 GiB of stored data follows."""
    data = _pattern(5000)
    header = _sparse_header('img', (BOMB_MIB << 20) + len(data), len(data),
                            [(0, len(data))])
    pieces, digest = gzip_bomb(header + data, BOMB_MIB)
    dest, back = _dirs(tmp_path)
    manifest = bundle_from_gzip(pieces, digest, dest, 'img', ids['user'],
                                part_size=10 << 20, image_size=len(data))
    started = time.monotonic()
    with pytest.raises(BundleError, match='stores more data'):
        unbundle(manifest, str(back), ids['user'][0], cert=None)
    assert time.monotonic() - started < 20
    assert inflated[0] < 32 << 20
    assert os.listdir(back) == []


def test_only_zeros_may_follow_the_image_in_the_tar_archive(ids, tmp_path):
    data = _pattern(3000)
    tar = tar_with(tarfile.TarInfo('img'), data)
    dest, back = _dirs(tmp_path)
    # a bigger blocking factor (more zero padding) is fine...
    padded = tar + bytes(200_000)
    manifest = bundle_from_tar(padded, dest, 'img', ids['user'],
                               image_size=len(data))
    out = unbundle(manifest, str(back), ids['user'][0], cert=None)
    assert open(out, 'rb').read() == data
    os.unlink(out)
    # ... a second member is not
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.GNU_FORMAT) as tar:
        for name in ('img', 'extra'):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    second = tmp_path / 'second'     # a manifest is never written over
    second.mkdir()
    manifest = bundle_from_tar(buf.getvalue(), second, 'img', ids['user'],
                               image_size=len(data))
    with pytest.raises(BundleError, match='more than one file'):
        unbundle(manifest, str(back), ids['user'][0], cert=None)
    assert os.listdir(back) == []


def test_interrupt_removes_partial_output(ids, tmp_path):
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(60_000))
    dest, back = _dirs(tmp_path)

    def stop_on_third(part):
        if part.index == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _bundle(ids, image, dest, on_part=stop_on_third)
    assert os.listdir(dest) == []
    result = _bundle(ids, image, dest)
    opened = []

    def open_part(part):
        opened.append(part.filename)
        if len(opened) == 3:
            raise KeyboardInterrupt
        return open(part.path if part.path else dest / part.filename, 'rb')

    with pytest.raises(KeyboardInterrupt):
        unbundle(result.manifest_path, str(back), ids['user'][0],
                 open_part=open_part, cert=ids['user'][1])
    assert _leftovers(back) == []


def test_progress_meter_line():
    stream = io.StringIO()
    meter = ProgressMeter(total=4 * 2 ** 20, label='disk.img', enabled=True,
                          stream=stream)
    meter.update(2 ** 20)
    meter.finish()
    out = stream.getvalue()
    assert out.startswith('\rdisk.img  1.0 MiB / 4.0 MiB  25%')
    assert '/s' in out and out.endswith('\n')
    quiet = io.StringIO()
    off = ProgressMeter(total=10, enabled=False, stream=quiet)
    off.update(5)
    off.finish()
    assert quiet.getvalue() == ''


def test_pax_and_long_name_members_unbundle(ids, tmp_path):
    """Tar streams in PAX format (Python >= 3.8, GNU tar --format=posix)."""
    data = _pattern(3000)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo('n' * 120)
        info.size = len(data)
        info.pax_headers = {'comment': 'made elsewhere'}
        tar.addfile(info, io.BytesIO(data))
    dest, back = _dirs(tmp_path)
    manifest = bundle_from_tar(buf.getvalue(), dest, 'img', ids['user'],
                               image_size=len(data))
    out = unbundle(manifest, str(back), ids['user'][0], cert=None)
    assert open(out, 'rb').read() == data


def test_progress_wanted_follows_flags_and_terminal():
    from euca2ools.core.progress import progress_wanted

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert progress_wanted({}, Tty()) is True
    assert progress_wanted({}, io.StringIO()) is False
    assert progress_wanted({'no_progress': True}, Tty()) is False
    assert progress_wanted({'porcelain': True}, Tty()) is False
    assert progress_wanted({'progress': True}, io.StringIO()) is True


def test_failed_unbundle_leaves_no_stage_threads(ids, made):
    """A daemon thread still reading stdin at interpreter exit makes Python
    abort (SIGABRT); a failed unbundle must have stopped its stages."""
    import threading
    import time
    result, back = made
    joined = b''.join(open(p.path, 'rb').read() for p in result.parts)

    class SlowPipe(io.RawIOBase):
        """stdin that keeps the reading stage busy: small, slow reads."""
        def __init__(self):
            self.data = io.BytesIO(joined + b'\0' * (1 << 20))

        def readable(self):
            return True

        def readinto(self, buffer):
            time.sleep(0.001)
            return self.data.readinto(memoryview(buffer)[:4096])

    with pytest.raises(BundleError, match='should be 5 bytes'):
        unbundle_stream(io.BufferedReader(SlowPipe()), io.BytesIO(),
                        result.manifest.enc_key, result.manifest.enc_iv,
                        image_size=5)
    assert [t.name for t in threading.enumerate()
            if t.name in ('decrypt', 'inflate')] == []


# -- files put into a bundled volume stay inside it (issue 21, point 5) -----

@pytest.mark.parametrize('link', ['absolute', 'relative'])
def test_a_file_put_into_the_volume_never_lands_outside(tmp_path, link):
    from euca2ools.bundle.volume import install_file
    outside = tmp_path / 'outside'
    outside.mkdir()
    (outside / 'fstab').write_text('the host fstab\n')
    staging = tmp_path / 'staging'
    staging.mkdir()
    (staging / 'etc').symlink_to(
        str(outside) if link == 'absolute' else '../../../../../outside')
    install_file(str(staging), 'etc/fstab', content='generated\n')
    assert (outside / 'fstab').read_text() == 'the host fstab\n'
    # The image sees etc as the link says, from its own root.
    inside = staging / (str(outside).lstrip('/') if link == 'absolute'
                        else 'outside') / 'fstab'
    assert inside.read_text() == 'generated\n'
    assert os.path.realpath(inside).startswith(str(staging))


def test_a_link_loop_in_the_volume_is_one_line(tmp_path):
    from euca2ools.bundle.volume import install_file
    staging = tmp_path / 'staging'
    staging.mkdir()
    (staging / 'boot').symlink_to('boot')
    with pytest.raises(BundleError, match='too many symbolic links'):
        install_file(str(staging), 'boot/grub/menu.lst', content='x')


# -- an interrupt at the worst moment leaves nothing (CI caught one) --------

@pytest.mark.parametrize('moment', ['just created', 'just linked'])
def test_an_interrupt_at_the_edge_of_a_part_leaves_nothing(
        ids, tmp_path, monkeypatch, moment):
    from euca2ools.bundle import create as create_module
    from euca2ools.core import files
    image = tmp_path / 'disk.img'
    image.write_bytes(_pattern(30_000))
    dest, _ = _dirs(tmp_path)
    if moment == 'just created':
        def fdopen(fd, *args, **kwargs):
            raise KeyboardInterrupt       # SIGTERM as the file appears
        monkeypatch.setattr(files.os, 'fdopen', fdopen)
    else:
        def publish(temp, final, **kwargs):
            os.link(temp, final)
            raise KeyboardInterrupt       # before the temporary is gone
        monkeypatch.setattr(create_module, 'publish', publish)
    with pytest.raises(KeyboardInterrupt):
        _bundle(ids, image, dest)
    assert list(dest.iterdir()) == []
