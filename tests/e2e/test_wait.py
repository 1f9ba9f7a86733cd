"""--wait end to end against moto, whose states move at once (pending on
launch, running when described): each command prints what it prints
without --wait, then waits, silently when stderr is not a terminal.  The
failure states and time-outs moto cannot produce are in
tests/unit/test_wait.py."""

import json
import os
import pty
import select
import subprocess
import time

FAST = {'EUCA_WAIT_INTERVAL': '0.01'}


def waits(cli, *argv):
    """Run a command with --wait: exit 0, nothing on stderr; its stdout."""
    proc = cli(*argv, '--wait', env=FAST)
    assert proc.stderr == ''
    return proc.stdout


def state(cli, instance_id):
    row = next(r for r in cli.rows('euca-describe-instances', instance_id)
               if r[0] == 'INSTANCE')
    return row[5]


def test_instances_through_their_life(cli):
    out = waits(cli, 'euca-run-instances', 'ami-12345678', '-n', '2')
    rows = [line.split('\t') for line in out.splitlines()]
    ids = sorted(r[1] for r in rows if r[0] == 'INSTANCE')
    assert len(ids) == 2 and rows[0][0] == 'RESERVATION'
    assert {r[5] for r in rows if r[0] == 'INSTANCE'} == {'pending'}
    assert [state(cli, i) for i in ids] == ['running', 'running']

    assert waits(cli, 'euca-stop-instances', *ids) == ''.join(
        f'INSTANCE\t{i}\trunning\tstopping\n' for i in ids)
    assert [state(cli, i) for i in ids] == ['stopped', 'stopped']
    assert waits(cli, 'euca-start-instances', ids[0]) == \
        f'INSTANCE\t{ids[0]}\tstopped\tpending\n'
    assert state(cli, ids[0]) == 'running'
    out = cli('euca-terminate-instances', *ids, '--wait-timeout', '30',
              env=FAST)
    assert out.stderr == '' and len(out.stdout.splitlines()) == 2
    assert [state(cli, i) for i in ids] == ['terminated', 'terminated']


def test_volumes_snapshots_and_images(cli):
    reservation = cli.rows('euca-run-instances', 'ami-12345678')
    instance = next(r[1] for r in reservation if r[0] == 'INSTANCE')
    volume = waits(cli, 'euca-create-volume', '-z', 'us-east-1a', '-s',
                   '1').split('\t')
    assert volume[0] == 'VOLUME'
    volume_id = volume[1]
    out = waits(cli, 'euca-attach-volume', volume_id, '-i', instance, '-d',
                '/dev/sdf')
    assert out.startswith(f'ATTACHMENT\t{volume_id}\t{instance}\t/dev/sdf')
    described = cli.rows('euca-describe-volumes', volume_id)
    assert described[0][5] == 'in-use' and described[1][4] == 'attached'
    snapshot = waits(cli, 'euca-create-snapshot', volume_id).split('\t')
    assert snapshot[:3] == ['SNAPSHOT', snapshot[1], volume_id]
    waits(cli, 'euca-detach-volume', volume_id, '-i', instance)
    assert cli.rows('euca-describe-volumes', volume_id)[0][5] == 'available'

    image = waits(cli, 'euca-create-image', instance, '-n', 'web-image')
    assert image.startswith('IMAGE\tami-')
    registered = waits(cli, 'euca-register', '-n', 'from-snapshot', '-s',
                       snapshot[1])
    image_id = registered.split('\t')[1].strip()
    assert cli.rows('euca-describe-images', image_id)[0][4] == 'available'


TEMPLATE = {'Resources': {'Group': {
    'Type': 'AWS::EC2::SecurityGroup',
    'Properties': {'GroupDescription': {'Ref': 'Description'}}}},
    'Parameters': {'Description': {'Type': 'String'}}}


def test_stack_create_update_delete(cli, tmp_path):
    path = tmp_path / 'stack.json'
    path.write_text(json.dumps(TEMPLATE))
    stack_id = waits(cli, 'euform-create-stack', 'web', '--template-file',
                     path, '-p', 'Description=one').strip()
    assert ':stack/web/' in stack_id
    assert cli.rows('euform-describe-stacks', 'web')[0][2] == \
        'CREATE_COMPLETE'
    assert waits(cli, 'euform-update-stack', 'web', '--template-file', path,
                 '-p', 'Description=two').strip() == stack_id
    assert cli.rows('euform-describe-stacks', 'web')[0][2] == \
        'UPDATE_COMPLETE'
    assert waits(cli, 'euform-delete-stack', 'web') == ''
    assert cli('euform-describe-stacks', 'web', check=False).returncode == 1


def test_load_balancer_and_group_capacity(cli):
    cli('eulb-create-lb', 'web', '-z', 'us-east-1a', '-l',
        'lb-port=80, protocol=HTTP, instance-port=8080')
    reservation = cli.rows('euca-run-instances', 'ami-12345678', '-n', '2')
    ids = sorted(r[1] for r in reservation if r[0] == 'INSTANCE')
    assert waits(cli, 'eulb-register-instances-with-lb', 'web',
                 '--instances', ','.join(ids)) == ''
    assert sorted(cli.rows('eulb-describe-instance-health', 'web')) == \
        [['INSTANCE', i, 'InService'] for i in ids]

    cli('euscale-create-launch-config', 'web-lc', '-i', 'ami-12345678', '-t',
        'm1.small')
    cli('euscale-create-auto-scaling-group', 'web', '-l', 'web-lc', '-m',
        '1', '-M', '4', '--desired-capacity', '1', '-z', 'us-east-1a')
    assert waits(cli, 'euscale-set-desired-capacity', 'web', '-c', '3') == ''
    in_service = [r for r in cli.rows('euscale-describe-auto-scaling-groups',
                                      'web')
                  if r[0] == 'INSTANCE' and r[3] == 'InService']
    assert len(in_service) == 3
    assert waits(cli, 'euscale-update-auto-scaling-group', 'web',
                 '--desired-capacity', '2') == ''
    gone = cli('euscale-set-desired-capacity', 'nosuch', '-c', '1', '--wait',
               check=False)
    assert gone.returncode == 1 and 'Traceback' not in gone.stderr


def test_progress_line_on_a_terminal(cli):
    """With stderr a terminal, the wait draws its line there (and ends it),
    while stdout (a pipe) gets the rows alone."""
    from tests.conftest import command_argv
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.Popen(
            command_argv('euca-run-instances') + ['ami-12345678', '--wait'],
            stdout=subprocess.PIPE, stderr=secondary,
            env=dict(cli.env, **FAST), cwd=cli.cwd, text=True)
        os.close(secondary)
        secondary = None
        out, _ = proc.communicate(timeout=60)
        drawn = b''
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            ready, _, _ = select.select([primary], [], [], 0.2)
            if not ready:
                break
            try:
                chunk = os.read(primary, 4096)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        if secondary is not None:
            os.close(secondary)
        os.close(primary)
    assert proc.returncode == 0
    instance = next(line.split('\t')[1] for line in out.splitlines()
                    if line.startswith('INSTANCE'))
    text = drawn.decode().replace('\r\n', '\n')
    assert text.endswith('\n')
    assert text.rstrip('\n').rsplit('\r', 1)[-1].rstrip() == \
        f'{instance} running after 0 s'
