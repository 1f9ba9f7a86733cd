"""Shell completion without a cloud: reading the partial line, what each
argument completes to, and what the shell functions are told.

Live resource IDs, the cache and the time bound are in
tests/e2e/test_completion.py (moto, a hanging server, real bash and zsh).
"""

import importlib
import subprocess
import sys
import time

import pytest

from euca2ools.completion import complete, render
from euca2ools.completion.line import split_line
from euca2ools.completion.resources import FETCHES, KINDS
from euca2ools.core.args import iter_args
from euca2ools.core.request import QueryRequest
from tests.conftest import ENTRY_POINTS


def values(*words):
    answer = complete(list(words), time.monotonic() + 1)
    return None if answer is None else (answer.mode, answer.values)


def command_class(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


# -- the partial line ---------------------------------------------------------

@pytest.mark.parametrize('line, words, raw', [
    ('euca-describe-instances ', ['euca-describe-instances', ''], ''),
    ('euca-describe-instances i-1 i-', ['euca-describe-instances', 'i-1',
                                        'i-'], 'i-'),
    ("cmd --filter 'tag:Na", ['cmd', '--filter', 'tag:Na'], "'tag:Na"),
    ('cmd "a b" c\\ d', ['cmd', 'a b', 'c d'], 'c\\ d'),
    ('cmd "x\\"y"  ', ['cmd', 'x"y', ''], ''),
    ('', [''], ''),
])
def test_split_line_unquotes_like_the_shell(line, words, raw):
    assert split_line(line) == (words, raw)


# -- what each word completes to ---------------------------------------------

def test_option_names():
    mode, names = values('euca-describe-instances', '--fi')
    assert (mode, names) == ('words', ['--filter'])
    mode, names = values('euca-describe-instances', '-')
    assert {'--region', '-U', '--url', '--show-empty-fields', '--output',
            '--filter', '--help'} <= set(names)
    assert '--debugger' not in names          # suppressed from --help


def test_options_given_once_are_not_offered_again():
    _, names = values('euca-describe-instances', '--region', 'r',
                      '--filter', 'a=b', '--')
    assert '--region' not in names
    assert '--filter' in names                # repeatable


def test_filter_names():
    mode, names = values('euca-describe-instances', '--filter', 'instance-s')
    assert mode == 'nospace'
    assert names == ['instance-state-code=', 'instance-state-name=']
    _, names = values('euca-describe-volumes', '--filter', '')
    assert 'volume-id=' in names and 'tag:' in names
    # --filter=NAME in one word
    answer = complete(['euca-describe-instances', '--filter=instance-s'],
                      time.monotonic() + 1)
    assert answer.offset == len('--filter=')
    assert answer.values == ['instance-state-code=', 'instance-state-name=']


def test_choices():
    assert values('euca-describe-instances', '--output', '') == \
        ('words', ['text', 'json'])
    assert values('euare-usermodkey', '-s', 'In') == ('words', ['Inactive'])
    assert values('euca-register', '-a', '') == \
        ('words', ['i386', 'x86_64', 'armhf'])


def test_files_and_directories():
    answer = complete(['euca-bundle-image', '-i', 'disk'],
                      time.monotonic() + 1)
    assert (answer.mode, answer.offset) == ('files', 0)
    answer = complete(['euca-bundle-image', '--destination=/tm'],
                      time.monotonic() + 1)
    assert (answer.mode, answer.offset) == ('dirs', len('--destination='))
    assert values('euform-validate-template', '--template-file', '')[0] == \
        'files'


def test_positionals_take_their_turn():
    # euca-associate-address [ADDRESS] -i INSTANCE: the value after -i is an
    # instance, the bare word an address; euca-create-tags takes resources
    # (no kind) and then --tag.
    cls = command_class('euca-associate-address')
    from euca2ools.completion.line import analyse
    assert analyse(cls, ['-i'], '').arg.complete == 'instance'
    assert analyse(cls, [], '').arg.complete == 'address'
    assert analyse(cls, ['1.2.3.4'], '') is None
    cls = command_class('euca-attach-volume')
    assert analyse(cls, [], '').arg.complete == 'volume'
    assert analyse(cls, ['vol-1', '-i'], '').arg.complete == 'instance'
    assert analyse(cls, ['vol-1', '-i', 'i-1', '-d'], '').arg is not None


def test_no_live_fetch_without_an_endpoint(monkeypatch, tmp_path):
    for name in ('EC2_URL', 'AWS_DEFAULT_REGION', 'EUCA_DEFAULT_REGION'):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv('HOME', str(tmp_path))
    monkeypatch.setenv('EUCA_CONFIG_PATH', str(tmp_path / 'none.ini'))
    assert values('euca-terminate-instances', '') == ('words', [])


def test_region_names_come_from_the_config(monkeypatch, tmp_path):
    ini = tmp_path / 'regions.ini'
    ini.write_text('[region cloud-a]\nec2-url = http://a/\n'
                   '[region cloud-b]\nec2-url = http://b/\n'
                   '[region *]\nverify-ssl = false\n'
                   '[user admin]\nkey-id = AKID\nsecret-key = s\n')
    monkeypatch.setenv('EUCA_CONFIG_PATH', str(ini))
    assert values('euca-describe-instances', '--region', 'cloud-') == \
        ('words', ['cloud-a', 'cloud-b'])
    answer = complete(['euca-describe-instances', '--region', 'admin@cloud-b'],
                      time.monotonic() + 1)
    assert answer.offset == len('admin@') and answer.values == ['cloud-b']


def test_unknown_commands_and_words_complete_nothing():
    assert complete(['no-such-command', ''], time.monotonic() + 1) is None
    assert complete(['euca-describe-instances'], time.monotonic() + 1) is None
    assert values('euca-describe-regions', '--bogus-option', '') is None


# -- what the shells are told ------------------------------------------------

BREAKS = ' \t\n"\'><=;|&(:'


def rendered(words, shell='bash'):
    answer = complete(words, time.monotonic() + 1)
    if answer is None:
        return []
    return render(answer, shell, BREAKS if shell == 'bash' else '',
                  words[-1]).splitlines()


def test_bash_is_told_only_what_readline_replaces():
    # "--filter=inst": readline replaces "inst" (after the "=").
    assert rendered(['euca-describe-instances', '--filter=instance-i']) == \
        ['nospace', '', 'instance-id=']
    # "tag:" after --filter: readline replaces what follows the ":".
    assert rendered(['euca-describe-instances', '--filter', 'ta']) == \
        ['nospace', '', 'tag-key=', 'tag-value=', 'tag:']
    assert rendered(['euca-describe-instances', '--filter', 'tag-k']) == \
        ['nospace', '', 'tag-key=']
    # A filter with no fixed values offers nothing; one with them offers
    # those (bash: what follows the "=").
    assert rendered(['euca-describe-instances', '--filter',
                     'launch-time=']) == []
    assert rendered(['euca-describe-instances', '--filter',
                     'instance-state-name=']) == [
        'words', '', 'pending', 'running', 'shutting-down', 'terminated',
        'stopping', 'stopped']
    assert rendered(['euca-describe-instances',
                     '--filter=instance-state-name=r']) == [
        'words', '', 'running']
    assert rendered(['euca-bundle-image', '--image=di']) == \
        ['files', '', 'di']
    # zsh completes the whole word, after compset -P LEAD
    assert rendered(['euca-describe-instances', '--filter=instance-i'],
                    'zsh') == ['nospace', '--filter=', 'instance-id=']


def test_bash_values_are_quoted_for_the_shell():
    from euca2ools.completion import Answer
    answer = Answer('words', 'my', 0, ['my key', "my'key", 'my$key'])
    assert render(answer, 'bash', BREAKS, 'my').splitlines() == \
        ['words', '', 'my\\ key', "my\\'key", 'my\\$key']
    assert render(answer, 'zsh', '', 'my').splitlines() == \
        ['words', '', 'my key', "my'key", 'my$key']


def test_comma_lists_complete_their_last_item():
    from euca2ools.completion import Answer
    from euca2ools.completion.line import analyse
    cls = command_class('eulb-register-instances-with-lb')
    target = analyse(cls, ['web', '--instances'], 'i-1,i-')
    target.live = lambda kind, deadline, threads: ['i-1', 'i-2', 'x-3']
    answer = target.answer(time.monotonic() + 1)
    assert isinstance(answer, Answer)
    assert (answer.offset, answer.values) == (4, ['i-2'])
    assert render(answer, 'bash', BREAKS, 'i-1,i-').splitlines() == \
        ['words', 'i-1,', 'i-2']


# -- the declarations ---------------------------------------------------------

def all_declared():
    for name in sorted(ENTRY_POINTS):
        cls = command_class(name)
        for arg in iter_args(cls.collected_args()):
            yield name, cls, arg, arg.complete
        for known in getattr(cls, 'FILTERS', None) or ():
            yield name, cls, known, known.complete
            if getattr(known, 'complete_key', None):
                yield name, cls, known, known.complete_key


def test_every_declared_kind_exists():
    unknown = {(name, repr(arg), kind) for name, _, arg, kind in
               all_declared() if kind and kind not in ('file', 'dir')
               and kind not in KINDS}
    assert unknown == set()
    for kind in KINDS.values():
        fetch = FETCHES[kind.fetch]
        service, list_tags = fetch.service()
        assert service.NAME and list_tags is not None
        assert fetch.action.startswith(('Describe', 'List'))   # read-only
        assert set(kind.fields) <= set(fetch.fields)


def test_iam_commands_complete_only_iam_names():
    # GROUP, USER and ROLE mean IAM things in euare-*: never EC2 kinds.
    for name, _, arg, kind in all_declared():
        if name.startswith('euare-') and kind not in (None, 'file', 'dir'):
            assert kind.startswith('iam-'), (name, arg, kind)


@pytest.mark.parametrize('name', [
    'euare-usercreate', 'euare-groupcreate', 'euare-rolecreate',
    'euare-instanceprofilecreate', 'eulb-create-lb',
    'euscale-create-auto-scaling-group', 'euscale-create-launch-config',
    'euform-create-stack', 'euca-create-keypair', 'euca-import-keypair',
    'euca-create-group'])
def test_the_name_of_a_new_object_completes_nothing(name):
    cls = command_class(name)
    parser = cls.build_parser()
    first = next(a for a in parser._actions if not a.option_strings)
    from euca2ools.completion.line import _args_by_action
    arg = _args_by_action(cls, parser).get(first)
    assert arg is None or arg.complete is None


@pytest.mark.parametrize('name, option, kind', [
    ('euca-terminate-instances', None, 'instance'),
    ('euca-attach-volume', None, 'volume'),
    ('euca-delete-snapshot', None, 'snapshot'),
    ('euca-run-instances', None, 'image'),
    ('euca-run-instances', '-g', 'security-group'),
    ('euca-run-instances', '-k', 'keypair'),
    ('euca-run-instances', '-s', 'subnet'),
    ('euca-run-instances', '--kernel', 'kernel'),
    ('euca-release-address', None, 'address'),
    ('euca-delete-vpc', None, 'vpc'),
    ('eulb-delete-lb', None, 'load-balancer'),
    ('eulb-register-instances-with-lb', '--instances', 'instance'),
    ('eulb-create-lb', '-g', 'security-group-id'),
    ('euscale-delete-auto-scaling-group', None, 'auto-scaling-group'),
    ('euscale-update-auto-scaling-group', '--vpc-zone-identifier', 'subnet'),
    ('euscale-delete-launch-config', None, 'launch-config'),
    ('euform-delete-stack', None, 'stack'),
    ('euwatch-delete-alarms', None, 'alarm'),
    ('euare-userdel', None, 'iam-user'),
    ('euare-groupdel', None, 'iam-group'),
    ('euare-roledel', None, 'iam-role'),
    ('euare-groupadduser', '-u', 'iam-user'),
])
def test_arguments_name_their_resource_kinds(name, option, kind):
    cls = command_class(name)
    from euca2ools.completion.line import _args_by_action
    parser = cls.build_parser()
    if option is None:
        action = next(a for a in parser._actions if not a.option_strings)
    else:
        action = parser._option_string_actions[option]
    assert _args_by_action(cls, parser)[action].complete == kind


def test_filters_name_their_resource_kinds():
    cls = command_class('euca-describe-instances')
    kinds = {f.name: f.complete for f in cls.FILTERS}
    assert kinds['instance-id'] == 'instance'
    assert kinds['block-device-mapping.volume-id'] == 'volume'
    assert kinds['vpc-id'] == 'vpc'
    assert kinds['launch-time'] is None
    assert issubclass(cls, QueryRequest)


# -- a normal run pays nothing ---------------------------------------------

def test_a_command_run_does_not_import_the_completion_code():
    code = ('import sys\n'
            'from euca2ools.commands.euca.describeinstances import '
            'DescribeInstances as C\n'
            "C.run(['-U', 'http://127.0.0.1:9/', '--max-retries', '0', "
            "'-I', 'AKID', '-S', 'secret'])\n"
            "print(sorted(m for m in sys.modules if 'completion' in m))\n")
    out = subprocess.run([sys.executable, '-c', code], capture_output=True,
                         text=True, timeout=60).stdout
    assert out.strip() == '[]'


def test_a_failed_fetch_never_replaces_a_fresh_good_list(tmp_path):
    """Two completions at once: the slow one that failed must not write
    its empty answer over the list the other just stored (issue 21, 2)."""
    from euca2ools.completion.resources import Cache
    cache = Cache({'XDG_CACHE_HOME': str(tmp_path)})
    key = Cache.key('instance', 'http://cloud.test/')
    cache.put(key, [{'id': 'i-1'}])
    cache.put(key, None)
    assert cache.get(key) == (True, [{'id': 'i-1'}])
    other = Cache.key('volume', 'http://cloud.test/')
    cache.put(other, None)              # with nothing good, a failure is kept
    assert cache.get(other) == (True, None)


# -- values, not only names (issue 24, point 5) ------------------------------

def test_filter_values_of_a_fixed_vocabulary():
    answer = complete(['euca-describe-instances', '--filter',
                       'instance-state-name='], time.monotonic() + 1)
    assert answer.offset == len('instance-state-name=')
    assert answer.values == ['pending', 'running', 'shutting-down',
                             'terminated', 'stopping', 'stopped']
    assert values('euca-describe-instances', '--filter',
                  'instance-state-name=st')[1] == ['stopping', 'stopped']
    assert values('euca-describe-volumes', '--filter', 'status=')[1] == [
        'creating', 'available', 'in-use', 'deleting', 'deleted', 'error']
    assert values('euca-describe-snapshots', '--filter', 'status=')[1] == [
        'pending', 'completed', 'error']
    assert values('euca-describe-volumes', '--filter', 'volume-type=')[1][:3] \
        == ['standard', 'gp2', 'gp3']
    assert values('euca-describe-images', '--filter', 'architecture=')[1] == \
        ['i386', 'x86_64', 'arm64']


def test_filter_vocabularies_reach_help_and_the_man_page():
    from euca2ools import manpages
    cls = command_class('euca-describe-instances')
    help_text = cls.build_parser().format_help()
    assert ('instance-state-name (pending|running|shutting-down|terminated|'
            'stopping|stopped)') in help_text
    page = manpages.build_pages({'euca-describe-volumes': command_class(
        'euca-describe-volumes')}, date='')['man1/euca-describe-volumes.1']
    assert 'the values: creating, available, in\\-use, deleting, deleted, ' \
        'error' in page


def _no_endpoint(monkeypatch, tmp_path):
    for name in ('EC2_URL', 'AWS_DEFAULT_REGION', 'EUCA_DEFAULT_REGION'):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv('HOME', str(tmp_path))
    monkeypatch.setenv('EUCA_CONFIG_PATH', str(tmp_path / 'none.ini'))


def test_instance_types_without_a_cloud_to_ask_are_the_usual_ones(
        monkeypatch, tmp_path):
    from euca2ools.core.args import INSTANCE_TYPES
    _no_endpoint(monkeypatch, tmp_path)
    assert values('euca-run-instances', 'ami-1', '-t', '') == \
        ('words', list(INSTANCE_TYPES))
    assert values('euscale-create-launch-config', '--instance-type', 'm1.') \
        == ('words', ['m1.small', 'm1.medium', 'm1.large', 'm1.xlarge'])


def test_region_names_without_a_config_are_aws_ones(monkeypatch, tmp_path):
    _no_endpoint(monkeypatch, tmp_path)
    mode, names = values('euca-describe-instances', '--region', '')
    assert mode == 'words'
    assert {'us-east-1', 'eu-west-1', 'ap-southeast-2'} <= set(names)
    assert values('euca-describe-instances', '--region', 'us-w')[1] == [
        'us-west-1', 'us-west-2']


EUCA_TYPES = (b'<DescribeInstanceTypesResponse><instanceTypeDetails>'
              b'<item><name>m1.small</name><cpu>1</cpu></item>'
              b'<item><name>c1.huge</name><cpu>8</cpu></item>'
              b'</instanceTypeDetails></DescribeInstanceTypesResponse>')
TAGS = (b'<DescribeTagsResponse><tagSet>'
        b'<item><resourceId>i-1</resourceId><key>Name</key>'
        b'<value>web</value></item>'
        b'<item><resourceId>i-2</resourceId><key>Name</key>'
        b'<value>db</value></item>'
        b'<item><resourceId>i-2</resourceId><key>tier</key>'
        b'<value>back</value></item>'
        b'</tagSet></DescribeTagsResponse>')


@pytest.fixture
def cloud(server, monkeypatch, tmp_path):
    monkeypatch.setenv('EC2_URL', server.url)
    monkeypatch.setenv('EC2_ACCESS_KEY', 'AKIDVALUES')
    monkeypatch.setenv('EC2_SECRET_KEY', 'values-secret')
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'xdg'))
    monkeypatch.setenv('EUCA_CONFIG_PATH', str(tmp_path / 'none.ini'))
    return server


@pytest.mark.real_http
def test_instance_types_come_from_a_eucalyptus_cloud(cloud):
    from tests.hostile_server import reply
    cloud.script = [reply(200, EUCA_TYPES)]
    assert values('euca-run-instances', 'ami-1', '-t', '') == \
        ('words', ['m1.small', 'c1.huge'])
    assert values('euca-run-instances', 'ami-1', '-t', '') == \
        ('words', ['m1.small', 'c1.huge'])
    assert [r.params['Action'] for r in cloud.requests] == [
        'DescribeInstanceTypes']           # the second from the cache


@pytest.mark.real_http
def test_tag_values_in_use_complete_per_key(cloud):
    from tests.hostile_server import reply
    cloud.script = [reply(200, TAGS)]
    answer = complete(['euca-describe-instances', '--filter', 'tag:Name='],
                      time.monotonic() + 1)
    assert answer.offset == len('tag:Name=')
    assert answer.values == ['web', 'db']
    assert values('euca-describe-instances', '--filter', 'tag-value=')[1] \
        == ['web', 'db', 'back']
    assert values('euca-describe-instances', '--filter', 'tag:tier=')[1] \
        == ['back']
    assert len(cloud.requests) == 1
