"""Paging: the generated table, every paged command reading every page,
and the AWS CLI's paging options, over the real transport against the
hostile server (tests/hostile_server.py), which pages whatever it is asked.

The table (euca2ools/data/paging.py) is made from botocore's paginators
by scripts/gen_paging.py; test_paging_table_is_up_to_date reruns it.
"""

import argparse
import base64
import json
import pathlib
import runpy

import pytest

from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.commands.euca.describeimages import DescribeImages
from euca2ools.commands.euca.describevolumes import DescribeVolumes
from euca2ools.commands.eulb.describeloadbalancers import \
    DescribeLoadBalancers
from euca2ools.core.paging import (paging_table, read_starting_token,
                                   resume_token)
from euca2ools.core.request import QueryRequest
from tests.unit.error_helpers import error_line
from tests.conftest import ENTRY_POINTS, SERVICE_URL_VARS
from tests.hostile_server import reply
from tests.unit.request_cases import command

pytestmark = pytest.mark.real_http
ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def test_paging_table_is_up_to_date():
    botocore = pytest.importorskip('botocore')
    pinned = [line.partition('==')[2].strip() for line in
              (ROOT / 'constraints.txt').read_text().splitlines()
              if line.startswith('botocore==')]
    assert pinned == [botocore.__version__]
    gen = runpy.run_path(str(ROOT / 'scripts' / 'gen_paging.py'),
                         run_name='gen_paging')
    text = gen['generate']()
    on_disk = (ROOT / 'euca2ools' / 'data' / 'paging.py').read_text(
        encoding='utf-8')
    assert text == on_disk, 'run scripts/gen_paging.py'
    assert len(text) < 16 * 1024        # only the actions we send
    # EC2's wire names, not the model's member names.
    ec2 = paging_table()['ec2']['DescribeInstances']
    assert ec2 == {'input': 'NextToken', 'output': 'nextToken',
                   'lists': ['reservationSet'], 'limit': 'MaxResults',
                   'no_limit_with': ['InstanceId']}


def paged_commands():
    """(name, class) of every command whose action pages, once a class."""
    found = {}
    for name in sorted(ENTRY_POINTS):
        klass = command(name)
        if isinstance(klass, type) and issubclass(klass, QueryRequest) \
                and klass.paging() is not None:
            found.setdefault(klass, name)
    return sorted((name, klass) for klass, name in found.items())


def test_every_paged_action_of_the_table_has_a_command():
    actions = {(klass.SERVICE_CLASS.TYPES, klass.ACTION)
               for _, klass in paged_commands()}
    table = {(service, action) for service, rows in paging_table().items()
             for action in rows}
    assert actions == table


def minimal_argv(klass):
    """Values for the arguments a command requires."""
    argv = []
    parser = klass.build_parser()
    for action in parser._actions:
        if action.option_strings:
            if action.required:
                argv += [action.option_strings[0], 'x']
        elif action.nargs in (None, '+', argparse.ONE_OR_MORE):
            argv.append('x')
    return argv


def page_body(klass, action, token, n):
    """The answer to ACTION: page N, with TOKEN for the next (or none)."""
    paging = klass.paging()
    ec2 = klass.SERVICE_CLASS.NAME == 'ec2'
    member = 'item' if ec2 else 'member'
    body = ''
    if paging is not None and action == klass.ACTION:
        item = (f'item-{n}' if paging.lists[0] in ('PolicyNames',
                                                   'AccountAliases')
                else f'<Name>item-{n}</Name>')
        body = (f'<{paging.lists[0]}><{member}>{item}</{member}>'
                f'</{paging.lists[0]}>')
        if paging.more:
            body += (f'<{paging.more}>{"true" if token else "false"}'
                     f'</{paging.more}>')
        if token:
            body += f'<{paging.token}>{token}</{paging.token}>'
    if not ec2:
        body = (f'<{action}Result>{body}</{action}Result><ResponseMetadata>'
                '<RequestId>r</RequestId></ResponseMetadata>')
    return f'<{action}Response>{body}</{action}Response>'.encode()


@pytest.fixture
def run(inprocess, server):
    def run(command_class, argv):
        return inprocess(command_class, argv,
                         env={var: server.url for var in SERVICE_URL_VARS})
    return run


@pytest.mark.parametrize('name, klass', paged_commands())
def test_every_paged_command_reads_every_page(name, klass, run, server):
    """Each command whose action the table says pages asks for the second
    page with the first one's token, and prints (JSON: holds) both."""
    paging = klass.paging()

    def answer(request):
        action = request.params.get('Action')
        token = request.params.get(paging.param)
        return page_body(klass, action, None if token else 'p2',
                         2 if token else 1)

    server.script = [reply(200, answer)]
    argv = minimal_argv(klass)
    if klass.wants_json():
        argv += ['--output', 'json']
    code, out, err = run(klass, argv)
    ours = [r.params for r in server.requests
            if r.params.get('Action') == klass.ACTION]
    assert code == 0, (name, err)
    # Each listing's first page, then its second (the describes of what
    # you own and what is shared with you list twice).
    first = [params for params in ours if paging.param not in params]
    assert first and ours == [
        params for start in first
        for params in (start, {**start, paging.param: 'p2'})], name
    if klass.wants_json():
        document = json.loads(out)
        # JSON names follow the service model (Reservations, not the wire's
        # reservationSet): the listing is the document's one list, and it
        # holds an item from each page.
        lists = [value for value in document.values()
                 if isinstance(value, list)]
        assert [len(items) for items in lists] in ([2], [4]), (name, out)
        # The joined listing is whole: no token, IsTruncated the last's.
        assert paging.token not in document and 'NextToken' not in document
        if paging.more and paging.more in document:
            assert document[paging.more] in (False, 'false'), name


# -- the paging options ------------------------------------------------------

def reservations(first, count, token=None):
    items = ''.join(
        f'<item><reservationId>r-{n}</reservationId><ownerId>1</ownerId>'
        f'<instancesSet><item><instanceId>i-{n}</instanceId></item>'
        '</instancesSet></item>' for n in range(first, first + count))
    more = f'<nextToken>{token}</nextToken>' if token else ''
    return (f'<DescribeInstancesResponse><reservationSet>{items}'
            f'</reservationSet>{more}</DescribeInstancesResponse>').encode()


def instance_server(server, total=9, size=None):
    """DescribeInstances over TOTAL instances, SIZE (MaxResults, else 4)
    a page; the token is the index of the page's first item."""
    def answer(request):
        start = int(request.params.get('NextToken', '0'))
        size = int(request.params.get('MaxResults', '4'))
        count = min(size, total - start)
        end = start + count
        return reservations(start, count, str(end) if end < total else None)
    server.script = [reply(200, answer)]


def instance_ids(out):
    return [line.split('\t')[1] for line in out.splitlines()
            if line.startswith('INSTANCE\t')]


def test_max_items_with_page_size_sends_three_calls(run, server):
    instance_server(server)
    code, out, err = run(DescribeInstances, ['--max-items', '5',
                                             '--page-size', '2'])
    assert (code, err) == (0, '')
    assert [r.params.get('MaxResults') for r in server.requests] == \
        ['2', '2', '2']
    assert [r.params.get('NextToken') for r in server.requests] == \
        [None, '2', '4']
    assert instance_ids(out) == [f'i-{n}' for n in range(5)]
    last = out.splitlines()[-1]
    assert last.startswith('NEXTTOKEN\t')
    token = last.split('\t')[1]
    # The token names the third page and the item printed from it.
    assert json.loads(base64.b64decode(token)) == {
        'NextToken': '4', 'boto_truncate_amount': 1}

    # --starting-token resumes with the sixth.
    server.requests.clear()
    code, out, err = run(DescribeInstances, ['--starting-token', token,
                                             '--page-size', '2'])
    assert (code, err) == (0, '')
    assert instance_ids(out) == [f'i-{n}' for n in range(5, 9)]
    assert 'NEXTTOKEN' not in out
    assert [r.params.get('NextToken') for r in server.requests] == \
        ['4', '6', '8']


def test_max_items_in_json_adds_next_token(run, server):
    instance_server(server)
    code, out, err = run(DescribeInstances, ['--max-items', '4',
                                             '--output', 'json'])
    assert (code, err) == (0, '')
    document = json.loads(out)
    assert [r['ReservationId'] for r in document['Reservations']] == \
        ['r-0', 'r-1', 'r-2', 'r-3']
    # Stopped at the end of a page: the token is the server's next one.
    assert read_starting_token(document['NextToken'], 'NextToken') == \
        ('4', 0)
    assert 'nextToken' not in document
    assert len(server.requests) == 1
    code, out, err = run(DescribeInstances, ['--starting-token',
                                             document['NextToken'],
                                             '--output', 'json'])
    assert [r['ReservationId'] for r in json.loads(out)['Reservations']] \
        == ['r-4', 'r-5', 'r-6', 'r-7', 'r-8']


def test_max_items_beyond_the_listing_prints_no_token(run, server):
    instance_server(server)
    code, out, err = run(DescribeInstances, ['--max-items', '9'])
    assert (code, err) == (0, '')
    assert len(instance_ids(out)) == 9 and 'NEXTTOKEN' not in out
    assert len(server.requests) == 3


def test_no_paginate_makes_one_call_and_shows_the_server_token(run, server):
    instance_server(server)
    code, out, err = run(DescribeInstances, ['--no-paginate'])
    assert (code, err) == (0, '')
    assert len(server.requests) == 1
    assert instance_ids(out) == ['i-0', 'i-1', 'i-2', 'i-3']
    assert out.splitlines()[-1] == 'NEXTTOKEN\t4'
    # The server's own token resumes too.
    code, out, err = run(DescribeInstances, ['--starting-token', '4'])
    assert instance_ids(out) == [f'i-{n}' for n in range(4, 9)]


def test_a_server_that_pages_unasked_is_followed(run, server):
    """The issue: a cloud that pages without being asked; every page is
    printed, streamed."""
    instance_server(server, total=10)
    code, out, err = run(DescribeInstances, [])
    assert (code, err) == (0, '')
    assert instance_ids(out) == [f'i-{n}' for n in range(10)]
    assert len(server.requests) == 3
    assert 'MaxResults' not in server.requests[0].params


def test_page_size_is_not_sent_with_instance_ids(run, server):
    instance_server(server, total=2)
    code, out, err = run(DescribeInstances, ['--page-size', '1', 'i-0',
                                             'i-1'])
    assert (code, err) == (0, '')
    assert 'MaxResults' not in server.requests[0].params
    assert len(server.requests) == 1


def test_elb_marker_and_page_size(run, server):
    def answer(request):
        marker = request.params.get('Marker')
        n = 2 if marker else 1
        more = '' if marker else '<NextMarker>m2</NextMarker>'
        return (f'<DescribeLoadBalancersResponse><DescribeLoadBalancersResult>'
                f'<LoadBalancerDescriptions><member><LoadBalancerName>lb-{n}'
                f'</LoadBalancerName></member></LoadBalancerDescriptions>'
                f'{more}</DescribeLoadBalancersResult>'
                '</DescribeLoadBalancersResponse>').encode()
    server.script = [reply(200, answer)]
    code, out, err = run(DescribeLoadBalancers, ['--page-size', '1'])
    assert (code, err) == (0, '')
    assert [line.split('\t')[1] for line in out.splitlines()] == \
        ['lb-1', 'lb-2']
    assert [r.params.get('PageSize') for r in server.requests] == ['1', '1']
    assert server.requests[1].params['Marker'] == 'm2'


def test_paging_options_in_help_only_where_the_action_pages(capsys):
    for klass, options in ((DescribeInstances, True),
                           (DescribeVolumes, True)):
        text = klass.build_parser().format_help()
        for option in ('--max-items', '--starting-token', '--page-size',
                       '--no-paginate'):
            assert (option in text) == options, (klass, option)
    from euca2ools.commands.euca.describeaddresses import DescribeAddresses
    from euca2ools.commands.euform.liststacks import ListStacks
    assert '--max-items' not in DescribeAddresses.build_parser() \
        .format_help()
    # CloudFormation's ListStacks has no page size parameter.
    text = ListStacks.build_parser().format_help()
    assert '--max-items' in text and '--page-size' not in text


@pytest.mark.parametrize('argv, message', [
    (['--max-items', '0'], "argument --max-items: '0' is not a whole number "
                           'of at least 1'),
    (['--page-size', 'x'], "argument --page-size: 'x' is not a whole number "
                           'of at least 1'),
    (['--no-paginate', '--max-items', '2'], '--no-paginate makes one call: '
                                            '--max-items cannot be used with '
                                            'it'),
    (['--starting-token', resume_token('Marker', 'x')],
     '--starting-token: not a token this command printed (it names '
     'Marker)'),
])
def test_bad_paging_options_are_usage_errors(run, server, argv, message):
    code, out, err = run(DescribeInstances, argv)
    assert (code, out) == (2, '')
    assert error_line(err) == f'euca-describe-instances: error: {message}'
    assert server.requests == []


def test_owned_and_shared_pages_each_call(run, server):
    """euca-describe-images lists what you own and what is shared with
    you: both calls page; --max-items needs one listing."""
    def answer(request):
        token = request.params.get('NextToken')
        who = 'own' if 'Owner.1' in request.params else 'shared'
        n = 2 if token else 1
        more = '' if token else '<nextToken>t</nextToken>'
        return (f'<DescribeImagesResponse><imagesSet><item><imageId>'
                f'ami-{who}{n}</imageId></item></imagesSet>{more}'
                '</DescribeImagesResponse>').encode()
    server.script = [reply(200, answer)]
    code, out, err = run(DescribeImages, [])
    assert (code, err) == (0, '')
    assert len(server.requests) == 4
    assert [line.split('\t')[1] for line in out.splitlines()] == \
        ['ami-own1', 'ami-own2', 'ami-shared1', 'ami-shared2']
    code, out, err = run(DescribeImages, ['--max-items', '1'])
    assert code == 2 and 'give -a or -o ACCOUNT' in err


def test_the_paging_table_costs_no_json_at_start(tmp_path):
    """A text describe reads the paging table at start: it is a module, so
    that start-up imports no json (start-up stays where it was)."""
    import subprocess
    import sys
    # Nor what --help alone needs (examples, the wrapped filter list, the
    # suggestions of a usage error).
    script = ('import sys\n'
              'from euca2ools.commands.euca.describeinstances import '
              'DescribeInstances as D\n'
              'D.run([])\n'
              "print(any(m in sys.modules for m in ('json', 'shlex', "
              "'textwrap', 'difflib')), file=sys.stderr)\n")
    env = {'EC2_URL': 'http://127.0.0.1:9/', 'AWS_ACCESS_KEY_ID': 'A',
           'AWS_SECRET_ACCESS_KEY': 'S', 'EUCA_MAX_RETRIES': '0',
           'HOME': str(tmp_path), 'PATH': '/usr/bin:/bin',
           'EUCA_CONFIG_PATH': str(tmp_path / 'none' / '*.ini'),
           'PYTHONPATH': str(ROOT)}
    done = subprocess.run([sys.executable, '-c', script], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stderr.splitlines()[-1] == 'False', done.stderr
