"""Snapshots, image/instance attributes, copies, account attributes and
spot requests against moto, in one workflow (issue 7, part 2)."""


def one(rows, tag):
    found = [row for row in rows if row[0] == tag]
    assert len(found) == 1, rows
    return found[0]


def test_snapshot_workflow(cli):
    volume = one(cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s',
                          '1'), 'VOLUME')[1]
    created = one(cli.rows('euca-create-snapshot', volume, '-d', 'nightly'),
                  'SNAPSHOT')
    snap = created[1]
    # No progress column on create: id, volume, status, start, owner,
    # size, description.
    assert len(created) == 8
    assert (created[2], created[6], created[7]) == (volume, '1', 'nightly')

    described = one(cli.rows('euca-describe-snapshots', snap), 'SNAPSHOT')
    assert len(described) == 9
    assert (described[1], described[2], described[7], described[8]) == \
        (snap, volume, '1', 'nightly')
    # The default (owned + restorable) lists each snapshot once.
    listed = [r[1] for r in cli.rows('euca-describe-snapshots')
              if r[0] == 'SNAPSHOT']
    assert listed.count(snap) == 1
    assert [r[1] for r in cli.rows('euca-describe-snapshots', '--filter',
                                   f'volume-id={volume}')] == [snap]

    # moto accepts CreateVolumePermission.Add.N but ignores it (it reads
    # only the older OperationType form), so the permission list itself is
    # checked in-process (tests/unit/test_euca_requests.py).
    assert cli.rows('euca-modify-snapshot-attribute', snap, '-c', '-a',
                    '111122223333', '-r', 'all') == [
        ['createVolumePermission', snap, 'ADD', 'UserId', '111122223333'],
        ['createVolumePermission', snap, 'REMOVE', 'Group', 'all']]
    assert cli.rows('euca-describe-snapshot-attribute', snap, '-c') == []

    copied = cli.rows('euca-copy-snapshot', '-r', 'us-east-1', '-s', snap,
                      '-d', 'copy')
    assert copied[0][0] == 'SNAPSHOT' and copied[0][1].startswith('snap-')
    assert copied[0][1] != snap
    assert cli.rows('euca-delete-snapshot', snap) == [['SNAPSHOT', snap]]
    gone = cli('euca-describe-snapshots', snap, check=False)
    assert gone.returncode == 1 and 'error (' in gone.stderr


def test_image_instance_and_account_workflow(cli):
    instance = one(cli.rows('euca-run-instances', 'ami-12345678', '-t',
                            't2.micro'), 'INSTANCE')[1]
    image = one(cli.rows('euca-create-image', instance, '-n', 'golden', '-d',
                         'first'),
                'IMAGE')[1]

    assert cli.rows('euca-modify-image-attribute', image, '-l', '-a',
                    'all') == [['launchPermission', image, 'ADD', 'Group',
                                'all']]
    assert cli.rows('euca-describe-image-attribute', image, '-l') == [
        ['launchPermission', image, 'group', 'all']]
    cli('euca-modify-image-attribute', image, '-l', '-r', 'all')
    assert cli.rows('euca-describe-image-attribute', image, '-l') == []
    assert cli.rows('euca-modify-image-attribute', image, '--description',
                    'the gold one') == [
        ['description', image, '', 'the gold one']]
    # moto ignores Description.Value, so the description is still the
    # one given at creation.
    assert cli.rows('euca-describe-image-attribute', image,
                    '--description') == [['description', image, '', 'first']]
    bad = cli('euca-modify-image-attribute', image, '--description', 'x',
              '-a', 'all', check=False)
    assert bad.returncode == 2 and '-l/--launch-permission' in bad.stderr

    copy = cli.rows('euca-copy-image', '-r', 'us-east-1', '-s', image, '-n',
                    'golden-copy')
    assert copy[0][0] == 'IMAGE' and copy[0][1] != image

    assert cli.rows('euca-describe-instance-attribute', instance, '-t') == [
        ['instanceType', instance, 't2.micro']]
    cli('euca-stop-instances', instance)
    assert cli('euca-modify-instance-attribute', instance, '-t',
               'm1.small').stdout == ''
    assert cli.rows('euca-describe-instance-attribute', instance,
                    '--instance-type') == [['instanceType', instance,
                                            'm1.small']]
    cli('euca-modify-instance-attribute', instance,
        '--disable-api-termination', 'true')
    assert cli.rows('euca-describe-instance-attribute', instance,
                    '--disable-api-termination') == [
        ['disableApiTermination', instance, 'true']]

    attrs = cli.rows('euca-describe-account-attributes')
    names = [row[1] for row in attrs if row[0] == 'ACCOUNTATTRIBUTE']
    assert 'supported-platforms' in names
    assert all(row[0] in ('ACCOUNTATTRIBUTE', 'VALUE') for row in attrs)


def test_spot_request_workflow(cli):
    requested = cli.rows('euca-request-spot-instances', 'ami-12345678', '-p',
                         '0.05', '-t', 't2.micro', '-r', 'persistent')
    request = one(requested, 'SPOTINSTANCEREQUEST')
    sir = request[1]
    assert sir.startswith('sir-')
    assert (request[2], request[3], request[12], request[13]) == \
        ('0.050000', 'persistent', 'ami-12345678', 't2.micro')
    described = one(cli.rows('euca-describe-spot-instance-requests'),
                    'SPOTINSTANCEREQUEST')
    assert described[:4] == request[:4]
    assert cli.rows('euca-cancel-spot-instance-requests', sir) == [
        ['SPOTINSTANCEREQUEST', sir, 'cancelled']]
    prices = cli.rows('euca-describe-spot-price-history', '-t', 't2.micro')
    assert prices and all(row[0] == 'SPOTINSTANCEPRICE' and row[3] ==
                          't2.micro' for row in prices)
