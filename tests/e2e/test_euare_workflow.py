"""IAM and STS against moto: the steps an administrator takes, in order."""

import json
import re
import subprocess

import pytest
from testbed import make_identity   # self-signed cert

from tests.conftest import ENTRY_POINTS

ARN = 'arn:aws:iam::123456789012'
TRUST = {'Version': '2012-10-17', 'Statement': [
    {'Effect': 'Allow', 'Principal': {'AWS': f'{ARN}:root'},
     'Action': 'sts:AssumeRole'}]}


def lines(cli, *argv, **kwargs):
    return cli(*argv, **kwargs).stdout.splitlines()


def upload_cert(cli, tmp_path, name='web'):
    key_file, cert_file = make_identity(tmp_path, 'lb.example.com')
    assert cli('euare-servercertupload', '-s', name, '--certificate-file',
               cert_file, '--private-key-file', key_file, '-p',
               '/lb/').stdout == ''
    arn, cert_id = lines(cli, 'euare-servercertgetattributes', name)
    assert arn == f'{ARN}:server-certificate/lb/{name}'
    assert cert_id
    return arn


def test_users_groups_policies_roles_and_certificates(cli, tmp_path):
    # A user with a path, a key and its ARN/GUID.
    arn, user_id, key_id, secret = lines(
        cli, 'euare-usercreate', 'alice', '-p', '/dev/', '-k', '-v')
    assert arn == f'{ARN}:user/dev/alice'
    assert user_id and key_id.startswith('AKIA') and len(secret) >= 40
    assert cli('euare-usercreate', '-u', 'bob').stdout == ''
    dup = cli('euare-usercreate', 'bob', check=False)
    assert dup.returncode == 1 and dup.stdout == ''
    first, hint = dup.stderr.splitlines()
    assert first == ('euare-usercreate: error (EntityAlreadyExists): '
                     'User bob already exists')
    assert re.fullmatch(r'euare-usercreate: request ID [\w-]+; run with '
                        r'--debug to see the exchange', hint)
    assert lines(cli, 'euare-userlistbypath', '-p', '/dev/') == [arn]
    assert sorted(lines(cli, 'euare-userlistbypath')) == [
        f'{ARN}:user/bob', arn]
    assert lines(cli, 'euare-usergetattributes', '-u', 'alice') == [
        arn, user_id]

    # Keys and a login profile.
    assert lines(cli, 'euare-userlistkeys', 'alice') == [key_id, 'Active']
    cli('euare-usermodkey', key_id, '-s', 'Inactive', '-u', 'alice')
    second_key, _ = lines(cli, 'euare-useraddkey', 'alice')
    assert lines(cli, 'euare-userlistkeys', 'alice') == [
        key_id, 'Inactive', second_key, 'Active']
    cli('euare-useraddloginprofile', 'alice', '-p', 'Pass-w0rd!')
    assert lines(cli, 'euare-usergetloginprofile', 'alice')[0] == \
        'Login Profile Exists for User alice'

    # A group, its members and policies.
    group_arn, _ = lines(cli, 'euare-groupcreate', 'devs', '-v')
    assert group_arn == f'{ARN}:group/devs'
    cli('euare-groupadduser', '-g', 'devs', '-u', 'alice')
    assert lines(cli, 'euare-grouplistusers', 'devs') == [
        group_arn, '   users', f'   {arn}']
    assert lines(cli, 'euare-grouplistbypath') == ['groups',
                                                   f'   {group_arn}']
    assert lines(cli, 'euare-userlistgroups', 'alice') == [group_arn]
    cli('euare-groupaddpolicy', 'devs', '-p', 'gp', '-e', 'Allow', '-a',
        's3:*', '-r', '*')
    assert lines(cli, 'euare-grouplistpolicies', 'devs') == ['gp']

    # A user policy from a file, shown raw and pretty.
    policy = {'Version': '2012-10-17', 'Statement': [
        {'Effect': 'Allow', 'Action': 'ec2:Describe*', 'Resource': '*'}]}
    policy_file = tmp_path / 'policy.json'
    policy_file.write_text(json.dumps(policy))
    cli('euare-useruploadpolicy', 'alice', '-p', 'p1', '-f', policy_file)
    assert lines(cli, 'euare-userlistpolicies', 'alice') == [
        'p1', 'IsTruncated: false']
    pretty = cli('euare-usergetpolicy', 'alice', '-p', 'p1',
                 '--pretty-print').stdout
    assert pretty == json.dumps(policy, indent=4) + '\n'
    listed = lines(cli, 'euare-userlistpolicies', 'alice', '-v')
    assert listed[0] == 'p1' and json.loads(listed[1]) == policy

    # A role for EC2 in an instance profile.
    role_arn = lines(cli, 'euare-rolecreate', 'app', '-s',
                     'ec2.amazonaws.com', '-v')[0]
    assert role_arn == f'{ARN}:role/app'
    profile_arn, _ = lines(cli, 'euare-instanceprofilecreate', 'app-ip',
                           '-r', 'app', '-v')
    assert profile_arn == f'{ARN}:instance-profile/app-ip'
    assert lines(cli, 'euare-instanceprofilegetattributes', 'app-ip',
                 '-r')[2] == role_arn
    assert lines(cli, 'euare-instanceprofilelistforrole', 'app') == [
        profile_arn]
    assert lines(cli, 'euare-roledel', 'app', '-p') == [
        'instance profiles', f'\t{profile_arn}', 'policies']

    # A server certificate, found by path.
    cert_arn = upload_cert(cli, tmp_path)
    assert lines(cli, 'euare-servercertlistbypath', '-p', '/lb/') == [
        cert_arn]

    # Recursive deletes clean up keys, policies, memberships, profiles.
    cli('euare-userdel', 'alice', '-r')
    assert lines(cli, 'euare-userlistbypath') == [f'{ARN}:user/bob']
    assert lines(cli, 'euare-grouplistusers', 'devs') == [
        group_arn, '   users']
    cli('euare-groupdel', 'devs', '-r')
    assert lines(cli, 'euare-grouplistbypath') == ['groups']
    cli('euare-instanceprofiledel', 'app-ip', '-r')
    assert lines(cli, 'euare-instanceprofilelistbypath') == []
    assert lines(cli, 'euare-rolelistbypath') == []
    cli('euare-servercertdel', 'web')
    assert lines(cli, 'euare-servercertlistbypath') == []


def _eval_sh(code):
    """The environment after a POSIX shell evals the code."""
    proc = subprocess.run(['sh', '-c', 'eval "$1"; env -0', 'sh', code],
                          capture_output=True, text=True, env={},
                          check=True)
    return dict(item.split('=', 1) for item in proc.stdout.split('\0')
                if '=' in item)


def test_assumed_role_credentials_work_in_the_next_command(cli, tmp_path):
    trust_file = tmp_path / 'trust.json'
    trust_file.write_text(json.dumps(TRUST))
    cli('euare-rolecreate', 'deployer', '-f', trust_file)
    shell_code = cli('euare-assumerole', 'deployer', '-s').stdout
    assumed = _eval_sh(shell_code)
    assert assumed['AWS_ACCESS_KEY_ID'] == assumed['EC2_ACCESS_KEY']
    assert assumed['AWS_SESSION_TOKEN'] == assumed['AWS_SECURITY_TOKEN']
    assert assumed['EC2_USER_ID'] == '123456789012'
    assert 'AWS_CREDENTIAL_FILE' not in assumed

    identity = lines(cli, 'euare-getcallerid', env={
        k: v for k, v in assumed.items()
        if k.startswith(('AWS_', 'EC2_'))})
    assert identity[0] == 'account = 123456789012'
    assert identity[1].startswith(
        'arn = arn:aws:sts::123456789012:assumed-role/deployer/euca2ools-')
    assert identity[2] == f"key-id = {assumed['AWS_ACCESS_KEY_ID']}"

    released = _eval_sh(shell_code + cli('euare-releaserole', '-s').stdout)
    assert not {'AWS_ACCESS_KEY_ID', 'EC2_SECRET_KEY',
                'AWS_SESSION_TOKEN'} & set(released)


@pytest.mark.skipif('eulb-create-lb-listeners' not in ENTRY_POINTS,
                    reason='the eulb family is not there yet')
def test_server_certificate_serves_an_https_listener(cli, tmp_path):
    cert_arn = upload_cert(cli, tmp_path)
    cli('eulb-create-lb', 'secure', '-z', 'us-east-1a', '-l',
        'lb-port=80, protocol=HTTP, instance-port=80, instance-protocol=HTTP')
    cli('eulb-create-lb-listeners', 'secure', '-l',
        'lb-port=443, protocol=HTTPS, instance-port=80, '
        f'instance-protocol=HTTP, cert-id={cert_arn}')
    described = cli('eulb-describe-lbs', 'secure', '--show-long').stdout
    assert cert_arn in described


def test_account_password_policy(cli):
    cli('euare-accountmodpasswordpolicy', '-m', '12', '--require-symbols',
        '--require-numbers', '--max-age', '90', '--reuse-prevention', '5')
    lines = cli('euare-accountgetpasswordpolicy').stdout.splitlines()
    assert 'MinimumPasswordLength: 12' in lines
    assert 'RequireSymbols: true' in lines
    assert 'RequireUppercaseCharacters: false' in lines
    assert 'MaxPasswordAge: 90' in lines
    assert 'PasswordReusePrevention: 5' in lines
    assert cli('euare-accountdelpasswordpolicy').stdout == ''
    proc = cli('euare-accountgetpasswordpolicy', check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith('euare-accountgetpasswordpolicy: error '
                                  '(NoSuchEntity)')
