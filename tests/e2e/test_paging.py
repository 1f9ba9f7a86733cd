"""Paging against moto, which pages these operations when sent a limit.

``--page-size 1`` makes moto answer one item a call: every item must still
be printed (every page read, streamed text and JSON alike).
``--no-paginate`` and ``--max-items`` stop early and print the token that
``--starting-token`` resumes from.  moto 5 pages DescribeInstances, IAM
ListRoles, ELB DescribeLoadBalancers and AutoScaling's
DescribeAutoScalingGroups and DescribeLaunchConfigurations; it answers the
other paged actions in one page whatever the limit (the hostile server's
tests in tests/unit/test_paging.py page those).
"""

import json

import pytest

# command, what makes one item (run three times, N = 0, 1, 2), the first
# field of an item's row (None: every line is an item), the JSON list.
CASES = {
    'euca-describe-instances': (
        ['euca-run-instances', 'ami-12345678'], 'INSTANCE',
        'Reservations'),
    'euare-rolelistbypath': (
        ['euare-rolecreate', 'role{N}', '-s', 'ec2.amazonaws.com'], None,
        'Roles'),
    'eulb-describe-lbs': (
        ['eulb-create-lb', 'lb{N}', '-z', 'us-east-1a', '-l',
         'lb-port=80, protocol=HTTP, instance-port=80'], 'LOAD_BALANCER',
        'LoadBalancerDescriptions'),
    'euscale-describe-launch-configs': (
        ['euscale-create-launch-config', 'lc{N}', '-i', 'ami-12345678', '-t',
         'm1.small'], 'LAUNCH-CONFIG', 'LaunchConfigurations'),
    'euscale-describe-auto-scaling-groups': (
        ['euscale-create-auto-scaling-group', 'asg{N}', '-l', 'lc', '-m',
         '0', '-M', '0', '-z', 'us-east-1a'], 'AUTO-SCALING-GROUP',
        'AutoScalingGroups'),
}


def items(out, kind):
    rows = [line.split('\t') for line in out.splitlines()]
    tokens = [row[1] for row in rows if row[0] == 'NEXTTOKEN']
    found = [row for row in rows if row[0] != 'NEXTTOKEN'
             and (kind is None or row[0] == kind)]
    return len(found), tokens


@pytest.mark.parametrize('command', sorted(CASES))
def test_every_page_is_read_and_the_controls_work(cli, command):
    make, kind, listed = CASES[command]
    if command == 'euscale-describe-auto-scaling-groups':
        cli('euscale-create-launch-config', 'lc', '-i', 'ami-12345678',
            '-t', 'm1.small')
    for n in range(3):
        cli(*[part.replace('{N}', str(n)) for part in make])

    # One item a page: all three printed, streamed and as JSON.
    out = cli(command, '--page-size', '1').stdout
    assert items(out, kind) == (3, []), out
    assert items(cli(command).stdout, kind) == (3, [])
    document = cli.json(command, '--page-size', '1')
    assert len(document[listed]) == 3 and 'NextToken' not in document

    # moto does page: one call shows one item and the token for more.
    out = cli(command, '--no-paginate', '--page-size', '1').stdout
    count, tokens = items(out, kind)
    assert count == 1 and len(tokens) == 1, out
    out = cli(command, '--starting-token', tokens[0], '--page-size',
              '1').stdout
    assert items(out, kind) == (2, [])

    # --max-items stops after two and resumes with the third.
    out = cli(command, '--max-items', '2', '--page-size', '1').stdout
    count, tokens = items(out, kind)
    assert count == 2 and len(tokens) == 1, out
    assert out.splitlines()[-1] == f'NEXTTOKEN\t{tokens[0]}'
    out = cli(command, '--starting-token', tokens[0], '--page-size',
              '1').stdout
    assert items(out, kind) == (1, [])
    document = cli.json(command, '--max-items', '2', '--page-size', '1')
    assert len(document[listed]) == 2
    assert document['NextToken'] == tokens[0]
    document = cli.json(command, '--starting-token', tokens[0])
    assert len(document[listed]) == 1 and 'NextToken' not in document


def test_instance_ids_are_listed_without_a_limit(cli):
    """DescribeInstances refuses MaxResults with instance IDs: --page-size
    sends none then, and the IDs are listed."""
    ids = []
    for _ in range(2):
        rows = cli.rows('euca-run-instances', 'ami-12345678')
        ids += [row[1] for row in rows if row[0] == 'INSTANCE']
    run = cli('euca-describe-instances', '--page-size', '1', *ids,
              '--debug')
    assert items(run.stdout, 'INSTANCE') == (2, [])
    sent = [line for line in run.stderr.splitlines()
            if 'Action=DescribeInstances' in line]
    assert len(sent) == 1 and 'InstanceId.2=' in sent[0], run.stderr
    assert 'MaxResults' not in sent[0]
    # Without IDs, the limit goes: one call an instance (moto sends no
    # token with the last).
    run = cli('euca-describe-instances', '--page-size', '1', '--debug')
    sent = [line for line in run.stderr.splitlines()
            if 'Action=DescribeInstances' in line]
    assert len(sent) == 2 and all('MaxResults=1' in line for line in sent)
    assert 'NextToken=' in sent[1]
    document = json.loads(cli('euca-describe-instances', '--page-size', '1',
                              '--output', 'json').stdout)
    assert len(document['Reservations']) == 2
