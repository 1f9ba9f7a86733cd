"""What every euare-* command sends and prints, in-process with `responses`.

Each case names the command, its argv, the calls it must make (Action plus
the parameters that matter, in order), IAM/STS-shaped answers per action,
and the exact stdout.  This covers the Eucalyptus-only actions moto lacks
(accounts, user info, LDAP sync) and those it answers wrongly or not at all.
"""

import importlib
import pkgutil

import pytest

from tests.query_helpers import members, query_xml
from tests.unit.request_cases import Family

import euca2ools.commands.euare as euare

URL = 'http://cloud.test/'
ARN = 'arn:aws:iam::123456789012'


def _commands():
    found = {}
    for info in pkgutil.iter_modules(euare.__path__):
        module = importlib.import_module(f'{euare.__name__}.{info.name}')
        for value in vars(module).values():
            if isinstance(value, type) and value.__dict__.get('COMMAND'):
                found[value.COMMAND] = value
    return found


COMMANDS = _commands()


STS_ACTIONS = ('AssumeRole', 'GetCallerIdentity')


def xml(action, inner=''):
    """IAM's answer, or STS's for its actions."""
    if action in STS_ACTIONS:
        return query_xml('https://sts.amazonaws.com/doc/2011-06-15/', action,
                         inner)
    return query_xml('https://iam.amazonaws.com/doc/2010-05-08/', action,
                     inner)


IAM = Family(xml, lambda action: '2011-06-15' if action in STS_ACTIONS
             else '2010-05-08')
run = IAM.run


def error(code, message, status=404):
    return (status, '<ErrorResponse><Error><Type>Sender</Type>'
                    f'<Code>{code}</Code><Message>{message}</Message>'
                    '</Error><RequestId>r</RequestId></ErrorResponse>')


USER = (f'<User><Path>/</Path><UserName>alice</UserName><UserId>AIDA1</UserId>'
        f'<Arn>{ARN}:user/alice</Arn><CreateDate>2024-01-01T00:00:00Z'
        '</CreateDate></User>')
KEY = ('<AccessKey><UserName>alice</UserName><AccessKeyId>AKIA1'
       '</AccessKeyId><Status>Active</Status><SecretAccessKey>sec/ret+1'
       '</SecretAccessKey></AccessKey>')
POLICY = '%7B%22Statement%22%3A%5B%5D%7D'    # {"Statement":[]}
ROLE = (f'<Role><RoleName>r1</RoleName><RoleId>AROA1</RoleId>'
        f'<Arn>{ARN}:role/r1</Arn><AssumeRolePolicyDocument>{POLICY}'
        '</AssumeRolePolicyDocument></Role>')
PROFILE = (f'<InstanceProfile><InstanceProfileName>ip</InstanceProfileName>'
           f'<InstanceProfileId>AIPA1</InstanceProfileId>'
           f'<Arn>{ARN}:instance-profile/ip</Arn><Roles>'
           + members(f'<RoleName>r1</RoleName><Arn>{ARN}:role/r1</Arn>')
           + '</Roles></InstanceProfile>')
OIDC = f'{ARN}:oidc-provider/id.example.com'
NOTHING = 'IsTruncated>false</IsTruncated'

# (command, argv, [(Action, {param: value}), ...], replies, stdout)
CASES = [
    # -- users --------------------------------------------------------------
    ('euare-usercreate', ['-u', 'alice', '-p', '/d/', '-v',
                          '--as-account', 'acct'],
     [('CreateUser', {'UserName': 'alice', 'Path': '/d/',
                      'DelegateAccount': 'acct'})],
     {'CreateUser': USER}, f'{ARN}:user/alice\nAIDA1\n'),
    ('euare-usercreate', ['alice', '-g', 'devs', '--verify', '-k',
                          '--delegate', 'acct'],
     [('GetGroup', {'GroupName': 'devs', 'DelegateAccount': 'acct'}),
      ('CreateUser', {'UserName': 'alice', 'DelegateAccount': 'acct'}),
      ('AddUserToGroup', {'UserName': 'alice', 'GroupName': 'devs'}),
      ('CreateAccessKey', {'UserName': 'alice', 'DelegateAccount': 'acct'})],
     {'GetGroup': f'<Group><Arn>{ARN}:group/devs</Arn></Group>',
      'CreateUser': USER, 'CreateAccessKey': KEY}, 'AKIA1\nsec/ret+1\n'),
    ('euare-usergetattributes', ['-u', 'alice', '--show-extra'],
     [('GetUser', {'UserName': 'alice', 'ShowExtra': 'true'})],
     {'GetUser': USER.replace('</User>', '<Enabled>true</Enabled></User>')},
     f'{ARN}:user/alice\nAIDA1\n2024-01-01T00:00:00Z\ntrue\n\n\n'),
    ('euare-usermod', ['alice', '-n', 'al', '-p', '/x/', '--enabled',
                       'false', '--pwd-expires', '2030-01-01T00:00:00Z',
                       '--reg-status', 'CONFIRMED'],
     [('UpdateUser', {'UserName': 'alice', 'NewUserName': 'al',
                      'NewPath': '/x/', 'Enabled': 'false',
                      'PasswordExpiration': '2030-01-01T00:00:00Z',
                      'RegStatus': 'CONFIRMED'})], {}, ''),
    ('euare-userlistbypath', ['-p', '/d/'],
     [('ListUsers', {'PathPrefix': '/d/'}),
      ('ListUsers', {'PathPrefix': '/d/', 'Marker': 'm1'})],
     {'ListUsers': [
         '<Users>' + members(f'<Arn>{ARN}:user/d/a</Arn>')
         + '</Users><IsTruncated>true</IsTruncated><Marker>m1</Marker>',
         '<Users>' + members(f'<Arn>{ARN}:user/d/b</Arn>')
         + '</Users><IsTruncated>false</IsTruncated>']},
     f'{ARN}:user/d/a\n{ARN}:user/d/b\n'),
    ('euare-userlistgroups', ['alice'],
     [('ListGroupsForUser', {'UserName': 'alice'})],
     {'ListGroupsForUser': '<Groups>' + members(
         f'<GroupName>g</GroupName><Arn>{ARN}:group/g</Arn>') + '</Groups>'},
     f'{ARN}:group/g\n'),
    ('euare-userdel', ['alice', '-p'],
     [('ListAccessKeys', {'UserName': 'alice'}),
      ('ListUserPolicies', {'UserName': 'alice'}),
      ('ListSigningCertificates', {'UserName': 'alice'}),
      ('ListGroupsForUser', {'UserName': 'alice'})],
     {'ListAccessKeys': '<AccessKeyMetadata>' + members(
         '<AccessKeyId>AKIA1</AccessKeyId>') + '</AccessKeyMetadata>',
      'ListUserPolicies': '<PolicyNames>' + members('p1')
      + '</PolicyNames>',
      'ListGroupsForUser': '<Groups>' + members(
          f'<GroupName>g</GroupName><Arn>{ARN}:group/g</Arn>')
      + '</Groups>'},
     f'accesskeys\n\tAKIA1\npolicies\n\tp1\ncertificates\ngroups\n'
     f'\t{ARN}:group/g\n'),
    ('euare-userdel', ['-u', 'alice', '-r'],
     [('ListAccessKeys', {}), ('ListUserPolicies', {}),
      ('ListSigningCertificates', {}), ('ListGroupsForUser', {}),
      ('DeleteAccessKey', {'AccessKeyId': 'AKIA1', 'UserName': 'alice'}),
      ('DeleteUserPolicy', {'PolicyName': 'p1'}),
      ('DeleteSigningCertificate', {'CertificateId': 'C1'}),
      ('RemoveUserFromGroup', {'GroupName': 'g', 'UserName': 'alice'}),
      ('GetLoginProfile', {}), ('DeleteUser', {'UserName': 'alice'})],
     {'ListAccessKeys': '<AccessKeyMetadata>' + members(
         '<AccessKeyId>AKIA1</AccessKeyId>') + '</AccessKeyMetadata>',
      'ListUserPolicies': '<PolicyNames>' + members('p1')
      + '</PolicyNames>',
      'ListSigningCertificates': '<Certificates>' + members(
          '<CertificateId>C1</CertificateId>') + '</Certificates>',
      'ListGroupsForUser': '<Groups>' + members(
          f'<GroupName>g</GroupName><Arn>{ARN}:group/g</Arn>')
      + '</Groups>',
      'GetLoginProfile': error('NoSuchEntity', 'no profile')}, ''),
    ('euare-userdel', ['alice', '-R'],
     [('DeleteUser', {'UserName': 'alice', 'IsRecursive': 'true'})], {}, ''),
    # -- access keys ---------------------------------------------------------
    ('euare-useraddkey', ['alice'],
     [('CreateAccessKey', {'UserName': 'alice'})], {'CreateAccessKey': KEY},
     'AKIA1\nsec/ret+1\n'),
    ('euare-userlistkeys', ['alice'],
     [('ListAccessKeys', {'UserName': 'alice'})],
     {'ListAccessKeys': '<AccessKeyMetadata>' + members(
         '<AccessKeyId>AKIA1</AccessKeyId><Status>Active</Status>',
         '<AccessKeyId>AKIA2</AccessKeyId><Status>Inactive</Status>')
      + '</AccessKeyMetadata>'}, 'AKIA1\nActive\nAKIA2\nInactive\n'),
    ('euare-userdelkey', ['-k', 'AKIA1', '-u', 'alice'],
     [('DeleteAccessKey', {'AccessKeyId': 'AKIA1', 'UserName': 'alice'})],
     {}, ''),
    ('euare-usermodkey', ['AKIA1', '-s', 'Inactive'],
     [('UpdateAccessKey', {'AccessKeyId': 'AKIA1', 'Status': 'Inactive'})],
     {}, ''),
    # -- login profiles ------------------------------------------------------
    ('euare-useraddloginprofile', ['alice', '-p', 'pw1'],
     [('CreateLoginProfile', {'UserName': 'alice', 'Password': 'pw1'})],
     {}, ''),
    ('euare-usermodloginprofile', ['-u', 'alice', '-p', 'pw2'],
     [('UpdateLoginProfile', {'UserName': 'alice', 'Password': 'pw2'})],
     {}, ''),
    ('euare-userdelloginprofile', ['alice'],
     [('DeleteLoginProfile', {'UserName': 'alice'})], {}, ''),
    ('euare-usergetloginprofile', ['alice', '--verbose'],
     [('GetLoginProfile', {'UserName': 'alice'})],
     {'GetLoginProfile': '<LoginProfile><UserName>alice</UserName>'
                         '<CreateDate>2024-01-01T00:00:00Z</CreateDate>'
                         '<MustChangePassword>true</MustChangePassword>'
                         '</LoginProfile>'},
     'Login Profile Exists for User alice\nCreation date: '
     '2024-01-01T00:00:00Z\nMust change password: true\n'),
    # -- signing certificates ------------------------------------------------
    ('euare-useraddcert', ['alice', '-c', 'PEM'],
     [('UploadSigningCertificate', {'UserName': 'alice',
                                    'CertificateBody': 'PEM'})],
     {'UploadSigningCertificate': '<Certificate><CertificateId>C1'
                                  '</CertificateId></Certificate>'},
     'C1\n'),
    ('euare-usercreatecert', ['alice'],
     [('CreateSigningCertificate', {'UserName': 'alice'})],
     {'CreateSigningCertificate': '<Certificate><CertificateId>C1'
      '</CertificateId><CertificateBody>CERT</CertificateBody>'
      '<PrivateKey>KEY</PrivateKey></Certificate>'}, 'C1\nCERT\nKEY\n'),
    ('euare-userlistcerts', ['alice', '-v'],
     [('ListSigningCertificates', {'UserName': 'alice'})],
     {'ListSigningCertificates': '<Certificates>' + members(
         '<CertificateId>C1</CertificateId><CertificateBody>CERT'
         '</CertificateBody><Status>Active</Status><UserName>alice'
         '</UserName>') + '</Certificates>'}, 'C1\nCERT\nActive\nalice\n'),
    ('euare-userdelcert', ['-c', 'C1', '-u', 'alice'],
     [('DeleteSigningCertificate', {'CertificateId': 'C1',
                                    'UserName': 'alice'})], {}, ''),
    ('euare-usermodcert', ['C1', '-s', 'Active'],
     [('UpdateSigningCertificate', {'CertificateId': 'C1',
                                    'Status': 'Active'})], {}, ''),
    # -- MFA -----------------------------------------------------------------
    ('euare-userenablemfadevice', ['alice', '-s', 'SN', '-c1', '111',
                                   '-c2', '222'],
     [('EnableMFADevice', {'UserName': 'alice', 'SerialNumber': 'SN',
                           'AuthenticationCode1': '111',
                           'AuthenticationCode2': '222'})], {}, ''),
    ('euare-userresyncmfadevice', ['alice', '-s', 'SN', '-c1', '1', '-c2',
                                   '2'],
     [('ResyncMFADevice', {'SerialNumber': 'SN',
                           'AuthenticationCode2': '2'})], {}, ''),
    ('euare-userdeactivatemfadevice', ['-u', 'alice', '-s', 'SN'],
     [('DeactivateMFADevice', {'UserName': 'alice', 'SerialNumber': 'SN'})],
     {}, ''),
    ('euare-userlistmfadevices', ['alice'],
     [('ListMFADevices', {'UserName': 'alice'})],
     {'ListMFADevices': '<MFADevices>' + members(
         '<SerialNumber>SN1</SerialNumber>') + '</MFADevices>'}, 'SN1\n'),
    # -- user policies -------------------------------------------------------
    ('euare-useruploadpolicy', ['alice', '-p', 'p1', '-o', '{"a": 1}'],
     [('PutUserPolicy', {'UserName': 'alice', 'PolicyName': 'p1',
                         'PolicyDocument': '{"a": 1}'})], {}, ''),
    ('euare-usergetpolicy', ['alice', '-p', 'p1', '--pretty-print'],
     [('GetUserPolicy', {'UserName': 'alice', 'PolicyName': 'p1'})],
     {'GetUserPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     '{\n    "Statement": []\n}\n'),
    ('euare-userdelpolicy', ['alice', '-p', 'p1'],
     [('DeleteUserPolicy', {'UserName': 'alice', 'PolicyName': 'p1'})],
     {}, ''),
    ('euare-userlistpolicies', ['alice', '-v'],
     [('ListUserPolicies', {'UserName': 'alice'}),
      ('GetUserPolicy', {'UserName': 'alice', 'PolicyName': 'p1'})],
     {'ListUserPolicies': '<PolicyNames>' + members('p1')
      + f'</PolicyNames><{NOTHING}>',
      'GetUserPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     'p1\n{"Statement":[]}\nIsTruncated: false\n'),
    ('euare-usergetinfo', ['alice', '-k', 'email'],
     [('GetUserInfo', {'UserName': 'alice', 'InfoKey': 'email'})],
     {'GetUserInfo': '<Infos>' + members(
         '<Key>email</Key><Value>a@example.com</Value>') + '</Infos>'},
     'email\ta@example.com\n'),
    ('euare-userupdateinfo', ['alice', '-k', 'email', '-i', 'b@x'],
     [('UpdateUserInfo', {'UserName': 'alice', 'InfoKey': 'email',
                          'InfoValue': 'b@x'})], {}, ''),
    # -- groups --------------------------------------------------------------
    ('euare-groupcreate', ['-g', 'devs', '-p', '/t/', '-v'],
     [('CreateGroup', {'GroupName': 'devs', 'Path': '/t/'})],
     {'CreateGroup': f'<Group><Arn>{ARN}:group/t/devs</Arn><GroupId>AGPA1'
                     '</GroupId></Group>'}, f'{ARN}:group/t/devs\nAGPA1\n'),
    ('euare-groupadduser', ['devs', '-u', 'alice'],
     [('AddUserToGroup', {'GroupName': 'devs', 'UserName': 'alice'})],
     {}, ''),
    ('euare-groupremoveuser', ['devs', '-u', 'a', '-u', 'b'],
     [('RemoveUserFromGroup', {'GroupName': 'devs', 'UserName': 'a'}),
      ('RemoveUserFromGroup', {'GroupName': 'devs', 'UserName': 'b'})],
     {}, ''),
    ('euare-groupmod', ['devs', '-n', 'ops', '-p', '/o/'],
     [('UpdateGroup', {'GroupName': 'devs', 'NewGroupName': 'ops',
                       'NewPath': '/o/'})], {}, ''),
    ('euare-grouplistbypath', ['-p', '/t/'],
     [('ListGroups', {'PathPrefix': '/t/'})],
     {'ListGroups': '<Groups>' + members(f'<Arn>{ARN}:group/t/devs</Arn>')
      + '</Groups>'}, f'groups\n   {ARN}:group/t/devs\n'),
    ('euare-grouplistusers', ['devs'],
     [('GetGroup', {'GroupName': 'devs'})],
     {'GetGroup': f'<Group><Arn>{ARN}:group/devs</Arn></Group><Users>'
                  + members(f'<Arn>{ARN}:user/alice</Arn>') + '</Users>'},
     f'{ARN}:group/devs\n   users\n   {ARN}:user/alice\n'),
    ('euare-groupdel', ['devs', '-r'],
     [('GetGroup', {'GroupName': 'devs'}),
      ('ListGroupPolicies', {'GroupName': 'devs'}),
      ('RemoveUserFromGroup', {'GroupName': 'devs', 'UserName': 'alice'}),
      ('DeleteGroupPolicy', {'GroupName': 'devs', 'PolicyName': 'gp'}),
      ('DeleteGroup', {'GroupName': 'devs'})],
     {'GetGroup': '<Users>' + members(
         f'<UserName>alice</UserName><Arn>{ARN}:user/alice</Arn>')
      + '</Users>',
      'ListGroupPolicies': '<PolicyNames>' + members('gp')
      + '</PolicyNames>'}, ''),
    ('euare-groupdel', ['devs', '-p'],
     [('GetGroup', {}), ('ListGroupPolicies', {})],
     {'GetGroup': '<Users>' + members(
         f'<UserName>alice</UserName><Arn>{ARN}:user/alice</Arn>')
      + '</Users>'}, f'users\n\t{ARN}:user/alice\npolicies\n'),
    ('euare-groupuploadpolicy', ['devs', '-p', 'gp', '-o', '{}'],
     [('PutGroupPolicy', {'GroupName': 'devs', 'PolicyName': 'gp',
                          'PolicyDocument': '{}'})], {}, ''),
    ('euare-groupgetpolicy', ['devs', '-p', 'gp'],
     [('GetGroupPolicy', {'GroupName': 'devs', 'PolicyName': 'gp'})],
     {'GetGroupPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     '{"Statement":[]}\n'),
    ('euare-groupdelpolicy', ['devs', '-p', 'gp'],
     [('DeleteGroupPolicy', {'GroupName': 'devs', 'PolicyName': 'gp'})],
     {}, ''),
    ('euare-grouplistpolicies', ['devs', '-p', 'gp', '-v'],
     [('ListGroupPolicies', {'GroupName': 'devs'}),
      ('GetGroupPolicy', {'GroupName': 'devs', 'PolicyName': 'gp'})],
     {'ListGroupPolicies': '<PolicyNames>' + members('other', 'gp')
      + '</PolicyNames>',
      'GetGroupPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     '{"Statement":[]}\n'),
    ('euare-grouplistpolicies', ['devs'],
     [('ListGroupPolicies', {'GroupName': 'devs'})],
     {'ListGroupPolicies': '<PolicyNames>' + members('other', 'gp')
      + '</PolicyNames>'}, 'other\ngp\n'),
    # -- roles ---------------------------------------------------------------
    ('euare-rolecreate', ['r1', '-s', 'ec2.amazonaws.com', '-p', '/a/',
                          '-v'],
     [('CreateRole', {'RoleName': 'r1', 'Path': '/a/',
                      'AssumeRolePolicyDocument':
                      '{"Version": "2008-10-17", "Statement": [{"Effect": '
                      '"Allow", "Principal": {"Service": '
                      '["ec2.amazonaws.com"]}, "Action": '
                      '["sts:AssumeRole"]}]}'})],
     {'CreateRole': ROLE}, f'{ARN}:role/r1\nAROA1\n{{"Statement":[]}}\n'),
    ('euare-rolegetattributes', ['-r', 'r1'],
     [('GetRole', {'RoleName': 'r1'})], {'GetRole': ROLE},
     f'{ARN}:role/r1\nAROA1\n{{"Statement":[]}}\n'),
    ('euare-roleupdateassumepolicy', ['r1', '-s', 'svc.example', '-o'],
     [('UpdateAssumeRolePolicy', {'RoleName': 'r1'})], {},
     '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", '
     '"Principal": {"Service": ["svc.example"]}, "Action": '
     '["sts:AssumeRole"]}]}\n'),
    ('euare-rolelistbypath', [],
     [('ListRoles', {})],
     {'ListRoles': '<Roles>' + members(f'<Arn>{ARN}:role/r1</Arn>')
      + '</Roles>'}, f'{ARN}:role/r1\n'),
    ('euare-roleuploadpolicy', ['r1', '-p', 'rp', '-o', '{}'],
     [('PutRolePolicy', {'RoleName': 'r1', 'PolicyName': 'rp',
                         'PolicyDocument': '{}'})], {}, ''),
    ('euare-rolegetpolicy', ['r1', '-p', 'rp'],
     [('GetRolePolicy', {'RoleName': 'r1', 'PolicyName': 'rp'})],
     {'GetRolePolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     '{"Statement":[]}\n'),
    ('euare-roledelpolicy', ['r1', '-p', 'rp'],
     [('DeleteRolePolicy', {'RoleName': 'r1', 'PolicyName': 'rp'})],
     {}, ''),
    ('euare-rolelistpolicies', ['r1'],
     [('ListRolePolicies', {'RoleName': 'r1'})],
     {'ListRolePolicies': '<PolicyNames>' + members('rp')
      + '</PolicyNames>'}, 'rp\nIsTruncated: false\n'),
    ('euare-roledel', ['r1', '-c'],
     [('ListInstanceProfilesForRole', {'RoleName': 'r1'}),
      ('ListRolePolicies', {'RoleName': 'r1'}),
      ('RemoveRoleFromInstanceProfile', {'RoleName': 'r1',
                                         'InstanceProfileName': 'ip'}),
      ('DeleteRolePolicy', {'RoleName': 'r1', 'PolicyName': 'rp'}),
      ('DeleteRole', {'RoleName': 'r1'})],
     {'ListInstanceProfilesForRole': '<InstanceProfiles>' + members(
         f'<InstanceProfileName>ip</InstanceProfileName>'
         f'<Arn>{ARN}:instance-profile/ip</Arn>') + '</InstanceProfiles>',
      'ListRolePolicies': '<PolicyNames>' + members('rp')
      + '</PolicyNames>'}, ''),
    # -- instance profiles ---------------------------------------------------
    ('euare-instanceprofilecreate', ['ip', '--create-role', '-p', '/a/',
                                     '-v'],
     [('CreateInstanceProfile', {'InstanceProfileName': 'ip',
                                 'Path': '/a/'}),
      ('CreateRole', {'RoleName': 'ip', 'Path': '/a/'}),
      ('AddRoleToInstanceProfile', {'RoleName': 'ip',
                                    'InstanceProfileName': 'ip'})],
     {'CreateInstanceProfile': PROFILE, 'CreateRole': ROLE},
     f'{ARN}:instance-profile/ip\nAIPA1\n'),
    ('euare-instanceprofilegetattributes', ['-s', 'ip', '-r'],
     [('GetInstanceProfile', {'InstanceProfileName': 'ip'})],
     {'GetInstanceProfile': PROFILE},
     f'{ARN}:instance-profile/ip\nAIPA1\n{ARN}:role/r1\n'),
    ('euare-instanceprofileaddrole', ['ip', '-r', 'r1'],
     [('AddRoleToInstanceProfile', {'InstanceProfileName': 'ip',
                                    'RoleName': 'r1'})], {}, ''),
    ('euare-instanceprofileremoverole', ['ip', '-r', 'r1'],
     [('RemoveRoleFromInstanceProfile', {'InstanceProfileName': 'ip',
                                         'RoleName': 'r1'})], {}, ''),
    ('euare-instanceprofilelistbypath', ['-p', '/'],
     [('ListInstanceProfiles', {'PathPrefix': '/'})],
     {'ListInstanceProfiles': '<InstanceProfiles>' + members(
         f'<Arn>{ARN}:instance-profile/ip</Arn>') + '</InstanceProfiles>'},
     f'{ARN}:instance-profile/ip\n'),
    ('euare-instanceprofilelistforrole', ['r1'],
     [('ListInstanceProfilesForRole', {'RoleName': 'r1'})],
     {'ListInstanceProfilesForRole': '<InstanceProfiles>' + members(
         f'<Arn>{ARN}:instance-profile/ip</Arn>') + '</InstanceProfiles>'},
     f'{ARN}:instance-profile/ip\n'),
    ('euare-instanceprofiledel', ['ip', '-r'],
     [('GetInstanceProfile', {'InstanceProfileName': 'ip'}),
      ('RemoveRoleFromInstanceProfile', {'RoleName': 'r1'}),
      ('DeleteRole', {'RoleName': 'r1'}),
      ('DeleteInstanceProfile', {'InstanceProfileName': 'ip'})],
     {'GetInstanceProfile': PROFILE}, ''),
    ('euare-instanceprofiledel', ['ip', '-p'],
     [('GetInstanceProfile', {})], {'GetInstanceProfile': PROFILE},
     f'roles\n\t{ARN}:role/r1\n'),
    # -- server certificates -------------------------------------------------
    ('euare-servercertupload', ['-s', 'web', '-c', 'CERT', '--private-key',
                                'KEY', '--certificate-chain', 'CHAIN', '-p',
                                '/lb/'],
     [('UploadServerCertificate', {
         'ServerCertificateName': 'web', 'CertificateBody': 'CERT',
         'PrivateKey': 'KEY', 'CertificateChain': 'CHAIN', 'Path': '/lb/'})],
     {}, ''),
    ('euare-servercertgetattributes', ['web'],
     [('GetServerCertificate', {'ServerCertificateName': 'web'})],
     {'GetServerCertificate': '<ServerCertificate>'
      f'<ServerCertificateMetadata><Arn>{ARN}:server-certificate/web</Arn>'
      '<ServerCertificateId>ASCA1</ServerCertificateId>'
      '</ServerCertificateMetadata></ServerCertificate>'},
     f'{ARN}:server-certificate/web\nASCA1\n'),
    ('euare-servercertlistbypath', [],
     [('ListServerCertificates', {})],
     {'ListServerCertificates': '<ServerCertificateMetadataList>' + members(
         f'<Arn>{ARN}:server-certificate/web</Arn>')
      + '</ServerCertificateMetadataList>'},
     f'{ARN}:server-certificate/web\n'),
    ('euare-servercertmod', ['web', '-n', 'web2', '-p', '/x/'],
     [('UpdateServerCertificate', {'ServerCertificateName': 'web',
                                   'NewServerCertificateName': 'web2',
                                   'NewPath': '/x/'})], {}, ''),
    ('euare-servercertdel', ['-s', 'web'],
     [('DeleteServerCertificate', {'ServerCertificateName': 'web'})],
     {}, ''),
    # -- OpenID Connect ------------------------------------------------------
    ('euare-oidcprovidercreate', ['https://id.example.com', '-c', 'app',
                                  '-t', 'ab12'],
     [('CreateOpenIDConnectProvider', {
         'Url': 'https://id.example.com', 'ClientIDList.member.1': 'app',
         'ThumbprintList.member.1': 'ab12'})],
     {'CreateOpenIDConnectProvider':
      f'<OpenIDConnectProviderArn>{OIDC}</OpenIDConnectProviderArn>'},
     f'{OIDC}\n'),
    ('euare-oidcprovidergetattributes', [OIDC],
     [('GetOpenIDConnectProvider', {'OpenIDConnectProviderArn': OIDC})],
     {'GetOpenIDConnectProvider': '<Url>id.example.com</Url>'
      '<ThumbprintList>' + members('ab12') + '</ThumbprintList>'
      '<ClientIDList>' + members('app') + '</ClientIDList>'},
     'url id.example.com\nthumbprint ab12\nclient-id app\n'),
    ('euare-oidcproviderlist', [],
     [('ListOpenIDConnectProviders', {})],
     {'ListOpenIDConnectProviders': '<OpenIDConnectProviderList>'
      + members(f'<Arn>{OIDC}</Arn>') + '</OpenIDConnectProviderList>'},
     f'{OIDC}\n'),
    ('euare-oidcproviderdel', [OIDC],
     [('DeleteOpenIDConnectProvider', {'OpenIDConnectProviderArn': OIDC})],
     {}, ''),
    ('euare-oidcprovideraddclientid', [OIDC, '-c', 'app2'],
     [('AddClientIDToOpenIDConnectProvider', {
         'OpenIDConnectProviderArn': OIDC, 'ClientID': 'app2'})], {}, ''),
    ('euare-oidcproviderdelclientid', [OIDC, '-c', 'app2'],
     [('RemoveClientIDFromOpenIDConnectProvider', {
         'OpenIDConnectProviderArn': OIDC, 'ClientID': 'app2'})], {}, ''),
    ('euare-oidcproviderchangethumbprint', [OIDC, '-t', 'aa', '-t', 'bb'],
     [('UpdateOpenIDConnectProviderThumbprint', {
         'OpenIDConnectProviderArn': OIDC, 'ThumbprintList.member.1': 'aa',
         'ThumbprintList.member.2': 'bb'})], {}, ''),
    # -- account aliases and summary -----------------------------------------
    ('euare-accountaliascreate', ['-a', 'myco'],
     [('CreateAccountAlias', {'AccountAlias': 'myco'})], {}, ''),
    ('euare-accountaliasdelete', ['myco', '--as-account', 'other'],
     [('DeleteAccountAlias', {'AccountAlias': 'myco',
                              'DelegateAccount': 'other'})], {}, ''),
    ('euare-accountaliaslist', [],
     [('ListAccountAliases', {})],
     {'ListAccountAliases': '<AccountAliases>' + members('myco')
      + '</AccountAliases>'}, 'Alias: myco\n'),
    ('euare-accountgetsummary', [],
     [('GetAccountSummary', {})],
     {'GetAccountSummary': '<SummaryMap><entry><key>Users</key><value>3'
      '</value></entry><entry><key>Groups</key><value>1</value></entry>'
      '</SummaryMap>'}, 'Groups: 1\nUsers: 3\n'),
    # -- password policy -----------------------------------------------------
    ('euare-accountmodpasswordpolicy',
     ['-m', '10', '--require-uppercase', '--hard-expiry', '--max-age', '30'],
     [('UpdateAccountPasswordPolicy', {
         'MinimumPasswordLength': '10', 'RequireUppercaseCharacters': 'true',
         'HardExpiry': 'true', 'MaxPasswordAge': '30', 'RequireSymbols': None,
         'PasswordReusePrevention': None})], {}, ''),
    ('euare-accountgetpasswordpolicy', [],
     [('GetAccountPasswordPolicy', {})],
     {'GetAccountPasswordPolicy': '<PasswordPolicy><MinimumPasswordLength>10'
      '</MinimumPasswordLength><RequireSymbols>false</RequireSymbols>'
      '<ExpirePasswords>true</ExpirePasswords></PasswordPolicy>'},
     'MinimumPasswordLength: 10\nRequireSymbols: false\n'
     'ExpirePasswords: true\n'),
    ('euare-accountdelpasswordpolicy', [],
     [('DeleteAccountPasswordPolicy', {})], {}, ''),
    # -- Eucalyptus accounts -------------------------------------------------
    ('euare-accountcreate', ['-a', 'acme'],
     [('CreateAccount', {'AccountName': 'acme'})],
     {'CreateAccount': '<Account><AccountName>acme</AccountName>'
                       '<AccountId>210987654321</AccountId></Account>'},
     'acme\t210987654321\n'),
    ('euare-accountcreate', ['acme', '-k'],
     [('CreateAccount', {'AccountName': 'acme'}),
      ('CreateAccessKey', {'UserName': 'admin',
                           'DelegateAccount': '210987654321'})],
     {'CreateAccount': '<Account><AccountName>acme</AccountName>'
                       '<AccountId>210987654321</AccountId></Account>',
      'CreateAccessKey': KEY.replace('alice', 'admin')},
     'acme\t210987654321\nAKIA1\nsec/ret+1\n'),
    ('euare-accountlist', ['--show-empty-fields'],
     [('ListAccounts', {})],
     {'ListAccounts': '<Accounts>' + members(
         '<AccountName>eucalyptus</AccountName><AccountId>000000000001'
         '</AccountId>', '<AccountId>000000000002</AccountId>')
      + '</Accounts>'},
     'eucalyptus\t000000000001\n(nil)\t000000000002\n'),
    ('euare-accountdel', ['acme', '-r'],
     [('DeleteAccount', {'AccountName': 'acme', 'Recursive': 'true'})],
     {}, ''),
    ('euare-accountuploadpolicy', ['acme', '-p', 'ap', '-o', '{}'],
     [('PutAccountPolicy', {'AccountName': 'acme', 'PolicyName': 'ap',
                            'PolicyDocument': '{}'})], {}, ''),
    ('euare-accountgetpolicy', ['-a', 'acme', '-p', 'ap'],
     [('GetAccountPolicy', {'AccountName': 'acme', 'PolicyName': 'ap'})],
     {'GetAccountPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     '{"Statement":[]}\n'),
    ('euare-accountdelpolicy', ['acme', '-p', 'ap'],
     [('DeleteAccountPolicy', {'AccountName': 'acme', 'PolicyName': 'ap'})],
     {}, ''),
    ('euare-accountlistpolicies', ['acme', '-v'],
     [('ListAccountPolicies', {'AccountName': 'acme'}),
      ('GetAccountPolicy', {'AccountName': 'acme', 'PolicyName': 'ap'})],
     {'ListAccountPolicies': '<PolicyNames>' + members('ap')
      + '</PolicyNames>',
      'GetAccountPolicy': f'<PolicyDocument>{POLICY}</PolicyDocument>'},
     'ap\n{"Statement":[]}\n'),
    ('euare-getldapsyncstatus', [],
     [('GetLdapSyncStatus', {})],
     {'GetLdapSyncStatus': '<SyncEnabled>true</SyncEnabled>'
                           '<InSync>false</InSync>'},
     'SyncEnabled\ttrue\nInSync\tfalse\n'),
    # -- STS -----------------------------------------------------------------
    ('euare-getcallerid', [],
     [('GetCallerIdentity', {})],
     {'GetCallerIdentity': f'<Arn>{ARN}:user/alice</Arn><UserId>AIDA1'
                           '</UserId><Account>123456789012</Account>'},
     f'account = 123456789012\narn = {ARN}:user/alice\n'
     'key-id = AKIDINPROCESS\nuser-id = AIDA1\n'),
]


test_request_and_output = IAM.calls_test(CASES)


def test_every_command_has_a_case():
    covered = {case[0] for case in CASES} | {
        'euare-useraddpolicy', 'euare-groupaddpolicy', 'euare-roleaddpolicy',
        'euare-assumerole', 'euare-releaserole'}   # tested below
    assert set(COMMANDS) - covered == set()
    assert len(COMMANDS) == 89


@pytest.mark.parametrize('name, owner, resource_flag', [
    ('euare-useraddpolicy', ('UserName', 'alice'), '-r'),
    ('euare-groupaddpolicy', ('GroupName', 'devs'), '-r'),
    ('euare-roleaddpolicy', ('RoleName', 'r1'), '-c')])
def test_add_policy_builds_one_statement_per_resource(inprocess, name, owner,
                                                      resource_flag):
    import json
    action = COMMANDS[name].ACTION
    code, out, err, sent = run(inprocess, name, [
        owner[1], '-p', 'pol', '-e', 'Deny', '-a', 'ec2:*', '-a', 's3:Get*',
        resource_flag, '*', resource_flag, 'arn:aws:s3:::b/*', '-o'])
    assert code == 0, err
    assert [call['Action'] for call in sent] == [action]
    assert sent[0][owner[0]] == owner[1]
    assert sent[0]['PolicyName'] == 'pol'
    policy = json.loads(sent[0]['PolicyDocument'])
    # 3.4 sent no Version, which IAM refuses: a deliberate departure.
    assert policy['Version'] == '2012-10-17'
    assert [(s['Effect'], s['Action'], s['Resource'])
            for s in policy['Statement']] == [
        ('Deny', ['ec2:*', 's3:Get*'], '*'),
        ('Deny', ['ec2:*', 's3:Get*'], 'arn:aws:s3:::b/*')]
    assert len({s['Sid'] for s in policy['Statement']}) == 2
    assert out == sent[0]['PolicyDocument'] + '\n'


ASSUMED = ('<Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>'
           'sec+1/x</SecretAccessKey><SessionToken>tok=</SessionToken>'
           '<Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>'
           '<AssumedRoleUser><Arn>arn</Arn></AssumedRoleUser>')
VARS = ['AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY', 'EC2_ACCESS_KEY',
        'AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY', 'EC2_SECRET_KEY',
        'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN',
        'AWS_CREDENTIAL_EXPIRATION', 'EC2_USER_ID']
VALUES = ['ASIA1'] * 3 + ['sec+1/x'] * 3 + ['tok='] * 2 + [
    '2030-01-01T00:00:00Z', '123456789012']


def test_assumerole_prints_sh_exports(inprocess):
    code, out, err, sent = run(
        inprocess, 'euare-assumerole',
        ['myrole', '-s', '-d', '1800', '--session-name', 'sess',
         '--policy-content', '{}', '--external-id', 'ext', '--mfa-serial',
         'SN', '--mfa-code', '123456'],
        {'AssumeRole': ASSUMED}, env={'EC2_USER_ID': '123456789012'})
    assert code == 0, err
    assert sent[0]['Action'] == 'AssumeRole'
    assert {k: sent[0][k] for k in (
        'RoleArn', 'DurationSeconds', 'RoleSessionName', 'Policy',
        'ExternalId', 'SerialNumber', 'TokenCode')} == {
        'RoleArn': 'arn:aws:iam::123456789012:role/myrole',
        'DurationSeconds': '1800', 'RoleSessionName': 'sess', 'Policy': '{}',
        'ExternalId': 'ext', 'SerialNumber': 'SN', 'TokenCode': '123456'}
    lines = out.splitlines()
    assert lines[:11] == [f'{var}={value}; export {var};'
                          for var, value in zip(VARS, VALUES)] + [
        'unset AWS_CREDENTIAL_FILE;']
    assert lines[11] == ''
    assert lines[12].startswith('# ') and 'eval' in lines[13]


@pytest.mark.parametrize('role, arn', [
    ('210987654321:web', 'arn:aws:iam::210987654321:role/web'),
    ('210987654321:role/p/web', 'arn:aws:iam::210987654321:role/p/web'),
    ('arn:aws:iam::1:role/x', 'arn:aws:iam::1:role/x')])
def test_assumerole_csh_and_role_arns(inprocess, role, arn):
    code, out, err, sent = run(inprocess, 'euare-assumerole', [role],
                               {'AssumeRole': ASSUMED},
                               env={'SHELL': '/bin/tcsh'})
    assert code == 0, err
    assert sent[0]['RoleArn'] == arn
    assert sent[0]['DurationSeconds'] == '900'
    assert sent[0]['RoleSessionName'].startswith('euca2ools-')
    assert ':' not in sent[0]['RoleSessionName']
    assert out.splitlines()[0] == 'setenv AWS_ACCESS_KEY_ID ASIA1;'
    assert 'unsetenv AWS_CREDENTIAL_FILE;' in out.splitlines()


def test_assumerole_without_account_is_a_usage_error(inprocess):
    code, out, err, sent = run(inprocess, 'euare-assumerole', ['myrole'])
    assert code == 2 and sent == []
    assert 'failed to determine account ID' in err


@pytest.mark.parametrize('flag, fmt', [('-s', 'unset {};'),
                                       ('-c', 'unsetenv {};')])
def test_releaserole(inprocess, flag, fmt):
    code, out, err, sent = run(inprocess, 'euare-releaserole', [flag])
    assert code == 0 and sent == []
    lines = out.splitlines()
    assert lines[:11] == [fmt.format(var) for var in
                          VARS + ['AWS_CREDENTIAL_FILE']]
    assert lines[11] == ''


def test_server_error_is_its_line_and_a_hint(inprocess):
    code, out, err, _ = run(inprocess, 'euare-usercreate', ['alice'], {
        'CreateUser': error('EntityAlreadyExists',
                            'User alice already exists', 409)})
    assert code == 1 and out == ''
    assert err == ('euare-usercreate: error (EntityAlreadyExists): User '
                   'alice already exists\n'
                   'euare-usercreate: request ID r; run with --debug to '
                   'see the exchange\n')


def test_usermodkey_with_the_user_first_names_the_user(inprocess):
    code, out, err, sent = run(inprocess, 'euare-usermodkey',
                               ['bob', '-k', 'AKIA123', '-s', 'Active'])
    assert code == 2 and sent == []
    assert err.splitlines()[0] == (
        "euare-usermodkey: error: 'bob' was taken for the access key ID, "
        "and 'AKIA123' after -k is one too; give the key's user with "
        "-u/--user-name: -u bob -k AKIA123")
    # The 3.x syntax still works.
    code, out, err, sent = run(inprocess, 'euare-usermodkey',
                               ['-u', 'bob', '-k', 'AKIA123', '-s', 'Active'])
    assert code == 0 and sent[0]['AccessKeyId'] == 'AKIA123'
    assert sent[0]['UserName'] == 'bob'


def test_missing_required_option_is_a_usage_error(inprocess):
    code, out, err, sent = run(inprocess, 'euare-useruploadpolicy',
                               ['alice', '-p', 'x'])
    assert code == 2 and sent == []
    assert 'one of the arguments -o/--policy-content -f/--policy-document ' \
           'is required' in err


def test_pretty_print_refuses_a_bad_policy(inprocess):
    code, out, err, _ = run(
        inprocess, 'euare-rolegetpolicy', ['r1', '-p', 'rp',
                                           '--pretty-print'],
        {'GetRolePolicy': '<PolicyDocument>not%20json</PolicyDocument>'})
    assert code == 1
    assert "policy 'rp' does not appear to be valid JSON" in err


def test_write_config_with_domain(inprocess):
    code, out, err, sent = run(
        inprocess, 'euare-usercreate',
        ['alice', '-w', '-d', 'cloud.example.com', '-l'],
        {'CreateUser': USER, 'CreateAccessKey': KEY, 'GetUser': USER},
        env={'AWS_IAM_URL': 'https://iam.cloud.example.com:8773/'},
        url='https://iam.cloud.example.com:8773/')
    assert code == 0, err
    assert [c['Action'] for c in sent] == ['CreateUser', 'CreateAccessKey',
                                           'GetUser']
    lines = out.splitlines()
    assert lines[0] == '[region cloud.example.com]'
    assert 'ec2-url = https://ec2.cloud.example.com:8773/' in lines
    assert 'iam-url = https://iam.cloud.example.com:8773/' in lines
    assert lines[lines.index('') - 1] == 'user = 123456789012:alice'
    assert lines[lines.index('') + 1:] == [
        '[user 123456789012:alice]', 'key-id = AKIA1',
        'secret-key = sec/ret+1', 'account-id = 123456789012', '']


def test_write_config_takes_the_domain_from_the_iam_url(inprocess):
    code, out, err, sent = run(
        inprocess, 'euare-useraddkey', ['alice', '-w'],
        {'CreateAccessKey': KEY, 'GetUser': error('AccessDenied', 'no', 403)},
        env={'AWS_IAM_URL': 'https://iam.cloud.example.com/'},
        url='https://iam.cloud.example.com/')
    assert code == 0
    assert 'warning: unable to retrieve account ID (no)' in err
    assert out.splitlines()[0] == '[region cloud.example.com]'
    assert '[user alice]' in out.splitlines()


def test_write_config_for_an_ip_address_has_no_region(inprocess):
    code, out, err, sent = run(
        inprocess, 'euare-useraddkey', ['-u', 'alice', '-w', '-l'],
        {'CreateAccessKey': KEY, 'GetUser': USER},
        env={'AWS_IAM_URL': 'http://10.1.2.3:8773/'},
        url='http://10.1.2.3:8773/')
    assert code == 0
    assert [c['Action'] for c in sent] == ['CreateAccessKey', 'GetUser']
    assert 'refers to a specific IP' in err
    assert out == ('[user 123456789012:alice]\nkey-id = AKIA1\n'
                   'secret-key = sec/ret+1\naccount-id = 123456789012\n\n')


def test_oidc_thumbprint_is_fetched_when_not_given(inprocess, monkeypatch):
    from euca2ools.commands.euare import \
        updateopenidconnectproviderthumbprint as module
    seen = []
    monkeypatch.setattr(module, 'cert_thumbprint',
                        lambda url: seen.append(url) or 'cafe')
    code, out, err, sent = run(
        inprocess, 'euare-oidcproviderchangethumbprint', [OIDC],
        {'GetOpenIDConnectProvider': '<Url>id.example.com</Url>'})
    assert code == 0, err
    assert [c['Action'] for c in sent] == [
        'GetOpenIDConnectProvider', 'UpdateOpenIDConnectProviderThumbprint']
    assert sent[1]['ThumbprintList.member.1'] == 'cafe'
    assert seen == ['id.example.com']


def test_oidc_create_needs_https(inprocess):
    code, out, err, sent = run(inprocess, 'euare-oidcprovidercreate',
                               ['http://id.example.com'])
    assert code == 2 and sent == []
    assert 'URL must begin with "https://"' in err


def test_old_flags_are_hidden_but_accepted(capsys):
    cls = COMMANDS['euare-usergetattributes']
    parser = cls.build_parser()
    text = parser.format_help()
    assert '--user-name' not in text and '--delegate' not in text
    namespace = vars(parser.parse_args(['-u', 'bob', '--delegate', 'acct']))
    assert namespace['UserName'] == 'bob'
    assert namespace['DelegateAccount'] == 'acct'
