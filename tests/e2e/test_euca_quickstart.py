"""The EC2 quick start, end to end, as a user types it, against moto."""


import pytest

from tests.unit.error_helpers import error_line


def test_quick_start_with_eucarc_variables(cli, tmp_path):
    zones = cli.rows('euca-describe-availability-zones')
    assert ['AVAILABILITYZONE', 'us-east-1a', 'available', ''] in zones

    keyfile = tmp_path / 'mykey.pem'
    out = cli('euca-create-keypair', '-f', keyfile, 'mykey').stdout
    assert out.startswith('KEYPAIR\tmykey\t')
    assert keyfile.read_text().startswith('-----BEGIN')
    assert oct(keyfile.stat().st_mode & 0o777) == '0o600'
    assert cli.rows('euca-describe-keypairs')[0][:2] == ['KEYPAIR', 'mykey']

    rows = cli.rows('euca-run-instances', 'ami-12345678', '-n', '2', '-k',
                    'mykey', '-t', 'm1.small', '-z', 'us-east-1a')
    assert rows[0][0] == 'RESERVATION'
    instances = [r for r in rows if r[0] == 'INSTANCE']
    assert len(instances) == 2
    assert all(len(r) == 33 for r in instances)
    ids = [r[1] for r in instances]
    assert [r[6] for r in instances] == ['mykey', 'mykey']

    running = cli.rows('euca-describe-instances', '--filter',
                       'instance-state-name=running')
    assert sorted(r[1] for r in running if r[0] == 'INSTANCE') == sorted(ids)

    out = cli('euca-create-tags', ids[0], '--tag', 'Name=web', '--tag',
              'role').stdout
    assert out == (f'TAG\tinstance\t{ids[0]}\tName\tweb\n'
                   f'TAG\tinstance\t{ids[0]}\trole\t\n')
    tagged = cli.rows('euca-describe-instances', '--filter', 'tag:Name=web')
    assert [r[1] for r in tagged if r[0] == 'INSTANCE'] == [ids[0]]
    assert ['TAG', 'instance', ids[0], 'Name', 'web'] in tagged
    assert ['TAG', 'instance', ids[0], 'Name', 'web'] in cli.rows(
        'euca-describe-tags', '--filter', f'resource-id={ids[0]}')
    cli('euca-delete-tags', ids[0], '--tag', 'role')
    assert len(cli.rows('euca-describe-tags', '--filter',
                        f'resource-id={ids[0]}')) == 1

    volume = cli.rows('euca-create-volume', '-z', 'us-east-1a', '-s', '5')[0]
    assert volume[0] == 'VOLUME' and volume[2] == '5'
    volume_id = volume[1]
    attached = cli.rows('euca-attach-volume', volume_id, '-i', ids[0], '-d',
                        '/dev/sdf')[0]
    assert attached[:4] == ['ATTACHMENT', volume_id, ids[0], '/dev/sdf']
    described = cli.rows('euca-describe-volumes', volume_id)
    assert described[0][:3] == ['VOLUME', volume_id, '5']
    assert described[1][:4] == ['ATTACHMENT', volume_id, ids[0], '/dev/sdf']
    # moto needs the instance (a 500 without it).
    detached = cli.rows('euca-detach-volume', volume_id, '-i', ids[0])[0]
    assert detached[:3] == ['ATTACHMENT', volume_id, ids[0]]
    assert cli.rows('euca-delete-volume', volume_id) == [['VOLUME',
                                                          volume_id]]

    stopped = cli.rows('euca-terminate-instances', *ids)
    assert sorted(r[1] for r in stopped) == sorted(ids)
    assert {r[0] for r in stopped} == {'INSTANCE'}
    assert {r[3] for r in stopped} <= {'shutting-down', 'terminated'}
    terminated = cli.rows('euca-describe-instances', '--filter',
                          'instance-state-name=terminated')
    assert sorted(r[1] for r in terminated if r[0] == 'INSTANCE') == \
        sorted(ids)


def test_groups_addresses_and_instance_state(cli):
    group = cli.rows('euca-create-group', 'web', '-d', 'web servers')[0]
    assert group[0] == 'GROUP' and group[1].startswith('sg-')
    assert group[2:] == ['web', 'web servers']
    cli('euca-authorize', 'web', '-P', 'tcp', '-p', '80-81', '-s',
        '10.0.0.0/8')
    cli('euca-authorize', 'web', '-P', 'tcp', '-p', '22', '-o', 'default',
        '-u', '123456789012')
    perms = [r for r in cli.rows('euca-describe-groups', 'web')
             if r[0] == 'PERMISSION']
    assert ['PERMISSION', '123456789012', 'web', 'ALLOWS', 'tcp', '80', '81',
            'FROM', 'CIDR', '10.0.0.0/8', 'ingress'] in perms
    # The group-sourced rule opened nothing to the world.
    assert not any(r[8:10] == ['CIDR', '0.0.0.0/0'] and r[5] == '22'
                   for r in perms)
    cli('euca-revoke', 'web', '-P', 'tcp', '-p', '80-81', '-s', '10.0.0.0/8')
    perms = [r for r in cli.rows('euca-describe-group', 'web')
             if r[0] == 'PERMISSION']
    assert not any(r[5] == '80' for r in perms)

    reservation = cli.rows('euca-run-instances', 'ami-12345678', '-g', 'web')
    instance_id = next(r[1] for r in reservation if r[0] == 'INSTANCE')
    assert cli.rows('euca-stop-instances', instance_id)[0][:2] == \
        ['INSTANCE', instance_id]
    assert cli.rows('euca-start-instances', instance_id)[0][:2] == \
        ['INSTANCE', instance_id]
    assert cli('euca-reboot-instances', instance_id).stdout == ''
    console = cli('euca-get-console-output', instance_id).stdout.splitlines()
    assert console[0] == instance_id

    address = cli.rows('euca-allocate-address')[0]
    assert address[0] == 'ADDRESS' and address[2] in ('standard', 'vpc')
    public_ip = address[1]
    assert cli.rows('euca-associate-address', public_ip, '-i',
                    instance_id) == [['ADDRESS', public_ip, instance_id]]
    described = cli.rows('euca-describe-addresses', public_ip)
    assert described[0][:3] == ['ADDRESS', public_ip, instance_id]
    assert cli.rows('euca-disassociate-address', public_ip) == \
        [['ADDRESS', public_ip]]
    cli('euca-release-address', public_ip)
    assert cli('euca-describe-addresses').stdout == ''

    cli('euca-terminate-instances', instance_id)
    assert cli.rows('euca-delete-group', 'web') == [['RETURN', 'true']]


def test_images_and_json_output(cli):
    reservation = cli.rows('euca-run-instances', 'ami-12345678')
    instance_id = next(r[1] for r in reservation if r[0] == 'INSTANCE')
    image_id = cli.rows('euca-create-image', instance_id, '-n', 'golden',
                        '--no-reboot')[0][1]
    assert image_id.startswith('ami-')
    images = cli.rows('euca-describe-images', image_id)
    assert images[0][:3] == ['IMAGE', image_id, '123456789012/golden']
    data = cli.json('euca-describe-images', image_id)
    assert data['Images'][0]['ImageId'] == image_id
    assert cli.rows('euca-deregister', image_id) == [['IMAGE', image_id]]

    regions = cli.rows('euca-describe-regions', 'us-west-2')
    assert regions == [['REGION', 'us-west-2',
                        'ec2.us-west-2.amazonaws.com']]


def test_ini_config_with_region_user_at_region(aws, bare_cli, home):
    (home / '.euca' / 'moto.ini').write_text(
        '[region moto]\n'
        f'ec2-url = {aws}/\n'
        'name = us-west-2\n'
        '[user alice]\n'
        'key-id = AKIDALICE\n'
        'secret-key = alice-secret\n'
        'account-id = 123456789012\n')
    zones = bare_cli.rows('euca-describe-availability-zones', '--region',
                          'alice@moto')
    # The signing region comes from the section's name option.
    assert zones[0][:3] == ['AVAILABILITYZONE', 'us-west-2a', 'available']
    rows = bare_cli.rows('euca-run-instances', '--region', 'alice@moto',
                         'ami-12345678')
    instance_id = next(r[1] for r in rows if r[0] == 'INSTANCE')
    described = bare_cli.rows('euca-describe-instances', '--region',
                              'alice@moto', instance_id)
    assert described[1][1] == instance_id
    assert described[1][11] == 'us-west-2a'
    # Same through the environment instead of --region.
    env_zones = bare_cli.rows('euca-describe-availability-zones',
                              env={'EUCA_DEFAULT_REGION': 'alice@moto'})
    assert env_zones == zones


def test_show_empty_fields(cli):
    cli('euca-create-keypair', 'k1')
    rows = cli.rows('euca-describe-availability-zones', '--show-empty-fields')
    assert rows[0][3] == '(nil)'


@pytest.mark.parametrize('argv, code, stderr', [
    (['euca-run-instances'], 2,
     'euca-run-instances: error: the following arguments are required: '
     'IMAGE'),
    (['euca-create-volume', '-z', 'us-east-1a'], 2,
     'euca-create-volume: error: -s/--size or --snapshot must be specified'),
    (['euca-describe-instances', 'i-00000000deadbeef0'], 1,
     'euca-describe-instances: error (InvalidInstanceID.NotFound): '),
    (['euca-delete-keypair'], 2, 'the following arguments are required'),
    (['euca-describe-volumes', '--filter', 'colour=red'], 2,
     "unknown filter name 'colour'"),
])
def test_bad_input(cli, argv, code, stderr):
    proc = cli(*argv, check=False)
    assert proc.returncode == code
    assert stderr in proc.stderr
    assert 'Traceback' not in proc.stderr
    assert proc.stdout == ''
    assert error_line(proc.stderr).startswith(argv[0] + ': error')


def test_unreachable_endpoint_and_missing_credentials(bare_cli):
    proc = bare_cli('euca-describe-instances', '-U', 'http://127.0.0.1:9/',
                    '-I', 'AK', '-S', 'SK', check=False)
    assert proc.returncode == 1
    assert proc.stderr == ('euca-describe-instances: error: could not '
                           'connect to 127.0.0.1:9: Connection refused\n')
    proc = bare_cli('euca-describe-instances', '-U', 'http://127.0.0.1:9/',
                    check=False)
    assert proc.returncode == 1
    assert proc.stderr.startswith('euca-describe-instances: error: no access '
                                  'key found; looked in -I/-S')
    assert len(proc.stderr.splitlines()) == 1
    proc = bare_cli('euca-describe-instances', check=False)
    assert proc.returncode == 1
    assert 'no ec2 endpoint' in proc.stderr


def test_version_goes_to_stderr(bare_cli):
    proc = bare_cli('euca-version')
    assert proc.stdout == ''
    assert proc.stderr.startswith('euca2ools 4.')
