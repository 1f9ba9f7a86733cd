"""Shell completion end to end: the script ``euca2ools-completion bash``
prints, run by a real bash (and zsh), completing against moto; the cache,
the time bound and silence against servers that fail.

``bash_complete`` calls the registered function the way bash does
(COMP_LINE/COMP_POINT set, then COMPREPLY read); ``interactive`` types into
a real interactive shell on a pty and presses TAB.
"""

import json
import os
import pty
import re
import select
import shutil
import signal
import stat
import time

import pytest

from tests.hostile_server import hang, reply

BASH_DRIVER = r'''
eval "$(euca2ools-completion bash)" || exit 3
COMP_LINE=$1
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ -z $COMP_LINE || $COMP_LINE == *[[:space:]] ]] && COMP_WORDS+=('')
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMPREPLY=()
_euca2ools_complete
printf '%s\n' "${COMPREPLY[@]}"
'''


def bash_complete(cli, line, **kwargs):
    """COMPREPLY for LINE (cursor at its end) from the function that
    ``eval "$(euca2ools-completion bash)"`` registers, in a real bash."""
    out = cli('bash', '--norc', '--noprofile', '-c', BASH_DRIVER, 'bash',
              line, **kwargs).stdout
    return [item for item in out.split('\n') if item]


def complete_raw(cli, *words, **kwargs):
    """What the shell functions are told for WORDS (the zsh calling
    convention: the last word is the one being completed)."""
    return cli('euca2ools-completion', '__complete', 'zsh', *words,
               **kwargs)


def ids(rows, kind):
    return [row[1] for row in rows if row and row[0] == kind]


# -- option names, filters, choices, files ------------------------------------

def test_bash_completes_option_names(cli):
    assert bash_complete(cli, 'euca-describe-instances --fil') == ['--filter']
    names = bash_complete(cli, 'euca-describe-volumes -')
    assert {'--filter', '--region', '-U', '--url', '--output'} <= set(names)


def test_bash_completes_filter_names(cli):
    assert bash_complete(cli, 'euca-describe-instances --filter instance-s') \
        == ['instance-state-code=', 'instance-state-name=']
    # "--filter=NAME": bash's readline replaces what follows the "=".
    assert bash_complete(cli, 'euca-describe-instances --filter=instance-s') \
        == ['instance-state-code=', 'instance-state-name=']
    assert 'tag:' in bash_complete(cli, 'euca-describe-volumes --filter ta')


def test_bash_completes_choices(cli):
    assert bash_complete(cli, 'euca-describe-instances --output ') == \
        ['text', 'json']
    assert bash_complete(cli, 'euwatch-describe-alarms --state-value I') == \
        ['INSUFFICIENT_DATA']


def test_bash_completes_file_paths(cli, tmp_path):
    (tmp_path / 'disk.img').write_bytes(b'x')
    (tmp_path / 'disk.d').mkdir()
    (tmp_path / 'other').write_bytes(b'y')
    assert sorted(bash_complete(cli, 'euca-bundle-image -i dis')) == \
        ['disk.d', 'disk.img']
    assert bash_complete(cli, 'euca-bundle-image --image=oth') == ['other']
    # a directory option offers directories only
    assert bash_complete(cli, 'euca-bundle-image -d dis') == ['disk.d']


def test_bash_completes_live_instance_and_volume_ids(cli):
    instances = ids(cli.rows('euca-run-instances', '-n', '2',
                             'ami-12345678'), 'INSTANCE')
    volume = ids(cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s',
                          '1'), 'VOLUME')[0]
    assert sorted(bash_complete(cli, 'euca-terminate-instances ')) == \
        sorted(instances)
    assert bash_complete(cli, f'euca-terminate-instances {instances[0]} ') \
        == [instances[1]]
    # (moto gives each instance a root volume too)
    volumes = bash_complete(cli, 'euca-attach-volume vol-')
    assert volume in volumes and len(volumes) == 3
    assert sorted(bash_complete(cli, f'euca-attach-volume {volume} -i ')) \
        == sorted(instances)
    # as a filter value
    assert bash_complete(cli, 'euca-describe-volumes --filter volume-id=') \
        == volumes
    # across families: an ELB command completes EC2 instances
    assert sorted(bash_complete(
        cli, f'eulb-register-instances-with-lb lb --instances '
             f'{instances[0]},i-')) == [f'{instances[0]},{instances[1]}']


def test_every_kind_of_resource_completes_live(cli, tmp_path):
    """Instances, volumes, snapshots, images, security groups, key pairs,
    addresses, VPCs, subnets, load balancers, auto-scaling groups, launch
    configurations, stacks, IAM users/groups/roles."""
    instance = ids(cli.rows('euca-run-instances', 'ami-12345678'),
                   'INSTANCE')[0]
    volume = ids(cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s',
                          '1'), 'VOLUME')[0]
    snapshot = ids(cli.rows('euca-create-snapshot', volume), 'SNAPSHOT')[0]
    image = ids(cli.rows('euca-create-image', '-n', 'img', instance),
                'IMAGE')[0]
    group = ids(cli.rows('euca-create-group', '-d', 'web servers', 'web'),
                'GROUP')[0]
    cli('euca-create-keypair', 'mykey')
    address = ids(cli.rows('euca-allocate-address'), 'ADDRESS')[0]
    vpc = ids(cli.rows('euca-create-vpc', '10.9.0.0/16'), 'VPC')[0]
    subnet = ids(cli.rows('euca-create-subnet', '-c', vpc, '-i',
                          '10.9.1.0/24'), 'SUBNET')[0]
    cli('eulb-create-lb', 'web-lb', '-z', 'us-east-1a', '-l',
        'lb-port=80, protocol=HTTP, instance-port=80')
    cli('euscale-create-launch-config', 'web-lc', '-i', 'ami-12345678',
        '-t', 'm1.small')
    cli('euscale-create-auto-scaling-group', 'web-asg', '-l', 'web-lc',
        '-m', '0', '-M', '1', '-z', 'us-east-1a')
    template = tmp_path / 'stack.json'
    template.write_text(json.dumps({
        'AWSTemplateFormatVersion': '2010-09-09',
        'Resources': {'Group': {'Type': 'AWS::EC2::SecurityGroup',
                                'Properties': {'GroupDescription': 'g'}}}}))
    cli('euform-create-stack', 'web-stack', '--template-file', template)
    cli('euare-usercreate', 'alice')
    cli('euare-groupcreate', 'devs')
    cli('euare-rolecreate', 'app', '-s', 'ec2.amazonaws.com')

    expected = [
        ('euca-reboot-instances ', instance),
        ('euca-delete-volume ', volume),
        ('euca-delete-snapshot ', snapshot),
        ('euca-deregister ', image),
        ('euca-delete-group ', group),
        ('euca-delete-group ', 'web'),
        ('euca-run-instances ami-1 -k ', 'mykey'),
        ('euca-release-address ', address),
        ('euca-delete-vpc ', vpc),
        ('euca-delete-subnet ', subnet),
        ('eulb-delete-lb ', 'web-lb'),
        ('euscale-delete-auto-scaling-group ', 'web-asg'),
        ('euscale-delete-launch-config ', 'web-lc'),
        ('euform-delete-stack ', 'web-stack'),
        ('euare-userdel ', 'alice'),
        ('euare-groupdel ', 'devs'),
        ('euare-roledel ', 'app'),
        ('euare-groupadduser devs -u ', 'alice'),
    ]
    missing = [(line, value) for line, value in expected
               if value not in bash_complete(cli, line)]
    assert missing == []
    # the name of a new object completes to nothing
    assert bash_complete(cli, 'euare-usercreate ') == []


def test_region_url_and_keys_on_the_line_are_used(cli, aws, home):
    instance = ids(cli.rows('euca-run-instances', 'ami-12345678'),
                   'INSTANCE')[0]
    bare = {'EC2_URL': '', 'EC2_ACCESS_KEY': '', 'EC2_SECRET_KEY': ''}
    assert bash_complete(cli, 'euca-stop-instances ', env=bare) == []
    # -U and -I/-S given before the word
    assert bash_complete(
        cli, f'euca-stop-instances -U {aws}/ -I AKIDLINE -S line-secret ',
        env=bare) == [instance]
    # --region USER@REGION names a config region and user
    (home / '.euca' / 'moto.ini').write_text(
        f'[region moto]\nec2-url = {aws}/\nname = us-east-1\n\n'
        '[user tester]\nkey-id = AKIDCONFIG\nsecret-key = config-secret\n')
    assert bash_complete(cli, 'euca-stop-instances --region tester@moto ',
                         env=bare) == [instance]
    # -U of an ELB command is not an EC2 endpoint
    assert bash_complete(
        cli, f'eulb-register-instances-with-lb -U {aws}/ -I A -S B lb '
             '--instances ', env=bare) == []


# -- the cache -------------------------------------------------------------

DESCRIBE_INSTANCES = (
    b'<DescribeInstancesResponse><requestId>r</requestId><reservationSet>'
    b'<item><reservationId>r-1</reservationId><instancesSet>'
    b'<item><instanceId>i-0aaaaaaaaaaaaaaa1</instanceId><instanceState>'
    b'<code>16</code><name>running</name></instanceState></item>'
    b'<item><instanceId>i-0aaaaaaaaaaaaaaa2</instanceId><instanceState>'
    b'<code>48</code><name>terminated</name></instanceState></item>'
    b'</instancesSet></item></reservationSet></DescribeInstancesResponse>')


@pytest.fixture
def hostile_env(server, tmp_path):
    return {'EC2_URL': server.url, 'EC2_ACCESS_KEY': 'AKIDCACHETEST',
            'EC2_SECRET_KEY': 'cache-test-secret-key',
            'XDG_CACHE_HOME': str(tmp_path / 'xdg')}


def test_the_second_completion_comes_from_the_cache(bare_cli, server,
                                                    hostile_env, tmp_path):
    server.script = [reply(200, DESCRIBE_INSTANCES)]
    line = 'euca-terminate-instances i-'
    assert bash_complete(bare_cli, line, env=hostile_env) == \
        ['i-0aaaaaaaaaaaaaaa1']           # terminated ones are left out
    assert len(server.requests) == 1
    assert server.requests[0].params['Action'] == 'DescribeInstances'
    assert bash_complete(bare_cli, line, env=hostile_env) == \
        ['i-0aaaaaaaaaaaaaaa1']
    assert bash_complete(bare_cli, 'euca-describe-instances --filter '
                         'instance-id=', env=hostile_env) == \
        ['i-0aaaaaaaaaaaaaaa1']
    assert len(server.requests) == 1      # no second request
    # another key ID is another user: not served from the first's cache
    other = dict(hostile_env, EC2_ACCESS_KEY='AKIDSOMEONEELSE')
    assert bash_complete(bare_cli, line, env=other) == \
        ['i-0aaaaaaaaaaaaaaa1']
    assert len(server.requests) == 2

    cache = tmp_path / 'xdg' / 'euca2ools'
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    files = list(cache.iterdir())
    assert len(files) == 2
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        text = path.read_text()
        assert 'secret' not in text and 'AKID' not in text
        assert 'i-0aaaaaaaaaaaaaaa1' in text


def test_the_cache_expires(bare_cli, server, hostile_env, tmp_path):
    server.script = [reply(200, DESCRIBE_INSTANCES)]
    line = 'euca-terminate-instances '
    bash_complete(bare_cli, line, env=hostile_env)
    cache = tmp_path / 'xdg' / 'euca2ools'
    (path,) = cache.iterdir()
    entry = json.loads(path.read_text())
    entry['time'] -= 61
    path.write_text(json.dumps(entry))
    assert bash_complete(bare_cli, line, env=hostile_env) == \
        ['i-0aaaaaaaaaaaaaaa1']
    assert len(server.requests) == 2


def test_the_default_cache_is_under_home(bare_cli, server, hostile_env,
                                         home):
    server.script = [reply(200, DESCRIBE_INSTANCES)]
    env = dict(hostile_env, XDG_CACHE_HOME='')
    assert bash_complete(bare_cli, 'euca-start-instances ', env=env) == \
        ['i-0aaaaaaaaaaaaaaa1']
    cache = home / '.cache' / 'euca2ools'
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert len(list(cache.iterdir())) == 1


# -- the time bound and silence ----------------------------------------------

def test_a_server_that_never_answers_costs_about_a_second(
        bare_cli, server, hostile_env):
    server.script = [hang()]
    # the user's own (long) timeouts and retries do not apply
    env = dict(hostile_env, EUCA_READ_TIMEOUT='60', EUCA_MAX_RETRIES='5')
    start = time.monotonic()
    proc = complete_raw(bare_cli, 'euca-terminate-instances', 'i-', env=env)
    elapsed = time.monotonic() - start
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, '', '')
    assert len(server.requests) == 1
    assert elapsed < 3.0, elapsed       # 1 s budget + interpreter start
    # the failure is remembered briefly: the next TAB does not wait again
    start = time.monotonic()
    proc = complete_raw(bare_cli, 'euca-terminate-instances', 'i-', env=env)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, '', '')
    assert len(server.requests) == 1
    assert time.monotonic() - start < elapsed


def test_a_server_that_never_answers_bounds_the_bash_function(
        bare_cli, server, hostile_env):
    server.script = [hang()]
    start = time.monotonic()
    assert bash_complete(bare_cli, 'euca-stop-instances ',
                         env=hostile_env) == []
    assert time.monotonic() - start < 4.0


ERROR_XML = (b'<Response><Errors><Error><Code>AuthFailure</Code><Message>'
             b'no</Message></Error></Errors><RequestID>x</RequestID>'
             b'</Response>')


@pytest.mark.parametrize('case', [
    'refused', 'auth-failure', 'html', 'no-keys', 'bad-config', 'bad-url'])
def test_failures_are_silent(bare_cli, server, hostile_env, home, case):
    env = dict(hostile_env)
    if case == 'refused':
        env['EC2_URL'] = 'http://127.0.0.1:1/'
    elif case == 'auth-failure':
        server.script = [reply(401, ERROR_XML)]
    elif case == 'html':
        server.script = [reply(200, b'<html><title>Login</title></html>')]
    elif case == 'no-keys':
        env.update(EC2_ACCESS_KEY='', EC2_SECRET_KEY='')
    elif case == 'bad-config':
        (home / '.euca' / 'bad.ini').write_text('[region x\nbroken')
    elif case == 'bad-url':
        env['EC2_URL'] = 'ftp://example.com/'
    for words in (('euca-terminate-instances', ''),
                  ('euca-describe-instances', '--filter', 'instance-id=')):
        proc = complete_raw(bare_cli, *words, env=env)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, '', '')
    assert bash_complete(bare_cli, 'euca-terminate-instances ',
                         env=env) == []


@pytest.mark.parametrize('argv', [
    ['__complete'], ['__complete', 'fish', 'x'], ['__complete', 'bash'],
    ['__complete', 'bash', '=:', 'no-such-command '],
    ['__complete', 'zsh', 'euca-describe-instances', '--no-such', ''],
    ['__complete', 'zsh', 'euca-describe-instances', '--filter',
     'no-such-filter='],
    ['__complete', 'zsh', 'euca-describe-instances', 'a', 'b', 'c', 'd'],
])
def test_nonsense_is_silent(bare_cli, argv):
    proc = bare_cli('euca2ools-completion', *argv, check=False)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, '', '')


def test_the_printed_scripts(bare_cli):
    usage = bare_cli('euca2ools-completion', check=False)
    assert usage.returncode == 2 and 'eval' in usage.stderr
    for shell in ('bash', 'zsh'):
        script = bare_cli('euca2ools-completion', shell).stdout
        assert 'euca-describe-instances' in script
        assert 'euare-userlistbypath' in script
        assert 'eulb-describe-lbs' in script
        assert 'euca2ools-completion __complete' in script or \
            '/euca2ools-completion __complete' in script


# -- real interactive shells -------------------------------------------------

ANSI = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]')


def interactive(argv, env, cwd, setup, typed, expect, timeout=30):
    """Start ARGV on a pty, type SETUP, then TYPED and TAB; return the
    screen text (escape sequences removed) once EXPECT is on it."""
    pid, fd = pty.fork()
    if pid == 0:   # pragma: no cover -- the child
        try:
            os.chdir(cwd)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = b''

    def read_until(pattern, seconds):
        nonlocal seen
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            text = ANSI.sub('', seen.decode('utf-8', 'replace'))
            if pattern is not None and pattern in text:
                return text
        return ANSI.sub('', seen.decode('utf-8', 'replace'))

    try:
        os.write(fd, setup.encode() + b'\n')
        read_until('READY', timeout)
        os.write(fd, typed.encode() + b'\t')
        return read_until(expect, timeout)
    finally:
        try:
            os.write(fd, b'\x15exit\n')
        except OSError:
            pass
        time.sleep(0.2)
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def test_interactive_bash_completes_an_instance_id(cli, tmp_path):
    instance = ids(cli.rows('euca-run-instances', 'ami-12345678'),
                   'INSTANCE')[0]
    screen = interactive(
        ['bash', '--norc', '--noprofile', '-i'], cli.env, tmp_path,
        'eval "$(euca2ools-completion bash)"; echo RE""ADY',
        'euca-terminate-instances i-', instance)
    assert f'euca-terminate-instances {instance}' in screen


@pytest.fixture
def zsh():
    path = shutil.which('zsh')
    if path is None:
        pytest.skip('zsh is not installed')
    return path


def test_zsh_loads_the_script(cli, zsh):
    out = cli(zsh, '-f', '-c',
              'eval "$(euca2ools-completion zsh)" && '
              'print -r -- ${_comps[euca-describe-instances]} '
              '${_comps[euare-userdel]} ${_comps[eulb-describe-lbs]}').stdout
    assert out.split() == ['_euca2ools_complete'] * 3


def test_interactive_zsh_completes_ids_and_filters(cli, zsh, tmp_path):
    volume = ids(cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s',
                          '1'), 'VOLUME')[0]
    env = dict(cli.env, ZDOTDIR=str(tmp_path))
    setup = 'eval "$(euca2ools-completion zsh)"; echo RE""ADY'
    screen = interactive([zsh, '-f', '-i'], env, tmp_path, setup,
                         'euca-delete-volume vol-', volume)
    assert f'euca-delete-volume {volume}' in screen
    screen = interactive([zsh, '-f', '-i'], env, tmp_path, setup,
                         'euca-describe-volumes --filter=volume-i',
                         '--filter=volume-id=')
    assert 'euca-describe-volumes --filter=volume-id=' in screen


LIST_USERS = (b'<ListUsersResponse><ListUsersResult><Users><member>'
              b'<UserName>carol</UserName></member></Users><IsTruncated>'
              b'false</IsTruncated></ListUsersResult></ListUsersResponse>')


def test_iam_as_account_lists_that_accounts_users(bare_cli, server,
                                                  hostile_env):
    server.script = [reply(200, LIST_USERS)]
    env = dict(hostile_env, AWS_IAM_URL=server.url)
    assert bash_complete(bare_cli, 'euare-userdel --as-account dev ',
                         env=env) == ['carol']
    assert server.requests[0].params['Action'] == 'ListUsers'
    assert server.requests[0].params['DelegateAccount'] == 'dev'
    assert bash_complete(bare_cli, 'euare-userdel ', env=env) == ['carol']
    assert 'DelegateAccount' not in server.requests[1].params
