"""Odd local input gets a one-line error, never "internal error" or a hang
(issue 20, point 11): non-ASCII where a request needs ASCII, config and
credentials files that are devices or FIFOs, files that never end."""

import os
import subprocess
import sys
import time

import pytest

from euca2ools.commands.euca.describeavailabilityzones import \
    DescribeAvailabilityZones
from euca2ools.commands.euca.runinstances import RunInstances


@pytest.mark.parametrize('argv, env, message', [
    (['-U', 'http://127.0.0.1:9/p\xe4th/'], {},
     "-U/--url 'http://127.0.0.1:9/p\xe4th/' is not a usable endpoint URL: "
     'it contains non-ASCII characters'),
    (['-I', '\xe4key', '-S', 'secret'], {},
     '-I/--access-key-id contains a non-ASCII character (the value is not '
     'shown)'),
    (['-I', 'key', '-S', 's\xe9cret'], {},
     '-S/--secret-key contains a non-ASCII character'),
    ([], {'AWS_SESSION_TOKEN': 't\xf6ken\u2019'},
     'AWS_SESSION_TOKEN contains a non-ASCII character'),
    (['--region', 'r\xe9gion'], {},
     "region name 'r\xe9gion' cannot sign requests"),
])
def test_non_ascii_is_one_line_never_internal(inprocess, argv, env, message):
    code, out, err = inprocess(DescribeAvailabilityZones,
                               ['-U', 'http://127.0.0.1:9/'] + argv
                               if '-U' not in argv else argv, env=env)
    assert (code, out) == (1, '')
    assert message in err
    assert 'internal error' not in err and err.count('\n') == 1
    assert 's\xe9cret' not in err and '\xe4key' not in err


@pytest.mark.parametrize('kind', ['device', 'fifo'])
@pytest.mark.parametrize('variable', ['EUCA_CONFIG_PATH',
                                      'AWS_SHARED_CREDENTIALS_FILE'])
def test_config_files_must_be_regular_files(inprocess, tmp_path, kind,
                                            variable):
    path = '/dev/zero'
    if kind == 'fifo':
        path = str(tmp_path / 'fifo')
        os.mkfifo(path)       # no writer: opening it normally would block
    start = time.monotonic()
    code, out, err = inprocess(DescribeAvailabilityZones, [], env={
        variable: path, 'AWS_ACCESS_KEY_ID': '', 'AWS_SECRET_ACCESS_KEY': ''})
    assert time.monotonic() - start < 5
    assert (code, out) == (1, '')
    assert err.endswith(f'{path} is not a regular file\n')


def test_a_config_file_is_read_within_a_bound(inprocess, home):
    (home / '.euca' / 'huge.ini').write_bytes(b'[global]\n' + b'#' * 2**21)
    code, out, err = inprocess(DescribeAvailabilityZones, [])
    assert (code, out) == (1, '')
    assert 'huge.ini is larger than 1 MiB; refusing to read it' in err


def test_user_data_past_ec2s_bound_is_refused_unread(inprocess, tmp_path):
    code, out, err = inprocess(RunInstances, ['ami-1', '-f', '/dev/zero'])
    assert (code, out) == (1, '')
    assert err == ('euca-run-instances: error: file /dev/zero is larger '
                   'than 16 KiB; refusing to read it\n')


def test_sigterm_acts_during_a_read_of_a_fifo_without_writer(tmp_path, cli):
    fifo = tmp_path / 'userdata'
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [os.path.join(os.path.dirname(sys.executable), 'euca-run-instances'),
         'ami-1', '-f', str(fifo)], env=cli.env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    start = time.monotonic()
    proc.terminate()
    out, err = proc.communicate(timeout=10)
    assert time.monotonic() - start < 1.5
    assert proc.returncode == 143
    assert err == 'euca-run-instances: stopped by SIGTERM\n'


# -- file:// values, as the AWS CLI reads them (issue 21, point 10) ---------

def test_user_data_given_as_a_file_uri_is_the_files_content(inprocess,
                                                            tmp_path):
    import base64
    import responses
    from tests.query_helpers import sent
    script = tmp_path / 'ud.sh'
    script.write_bytes(b'#!/bin/sh\necho hi\n')
    with responses.RequestsMock() as mock:
        mock.post('http://cloud.test/', body=(
            '<RunInstancesResponse><reservationId>r-1</reservationId>'
            '<instancesSet><item><instanceId>i-1</instanceId></item>'
            '</instancesSet></RunInstancesResponse>'))
        code, out, err = inprocess(RunInstances, [
            'ami-1', '-d', f'file://{script}'])
        assert (code, err) == (0, '')
        assert base64.b64decode(sent(0, mock)['UserData']) == \
            b'#!/bin/sh\necho hi\n'


@pytest.mark.parametrize('prefix', ['file://', 'fileb://'])
def test_a_policy_document_may_be_a_file_uri(inprocess, tmp_path, prefix):
    import responses
    from euca2ools.commands.euare.putuserpolicy import PutUserPolicy
    from tests.query_helpers import sent
    policy = tmp_path / 'pol.json'
    policy.write_text('{"Statement": []}')
    for flag in ('-f', '-o'):
        with responses.RequestsMock() as mock:
            mock.post('http://cloud.test/', body=(
                '<PutUserPolicyResponse><ResponseMetadata><RequestId>r'
                '</RequestId></ResponseMetadata></PutUserPolicyResponse>'))
            code, out, err = inprocess(PutUserPolicy, [
                'bob', '-p', 'p1', flag, f'{prefix}{policy}'])
            assert (code, err) == (0, '')
            assert sent(0, mock)['PolicyDocument'] == '{"Statement": []}'
