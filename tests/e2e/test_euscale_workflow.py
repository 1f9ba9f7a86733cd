"""One Auto Scaling workflow against moto: launch config, group (behind a
load balancer), describes in both forms, capacity changes, clean-up."""

import base64


def test_auto_scaling_group_workflow(cli, tmp_path):
    user_data = tmp_path / 'boot.sh'
    user_data.write_text('#!/bin/sh\necho booted\n')
    # Silent on success.
    assert cli('euscale-create-launch-config', 'web-lc', '-i', 'ami-12345678',
               '-t', 'm1.small', '-f', user_data, '--monitoring-enabled',
               '--key', 'mykey', '--group', 'default',
               '--block-device-mapping', '/dev/sdc=:10').stdout == ''

    rows = cli.rows('euscale-describe-launch-configs')
    assert rows == [['LAUNCH-CONFIG', 'web-lc', 'ami-12345678', 'm1.small',
                     '', '']]
    out = cli('euscale-describe-launch-configs', 'web-lc',
              '--show-long').stdout
    lines = out.split('\n')
    long = lines[0].split('\t')
    assert len(long) == 16
    assert long[:5] == ['LAUNCH-CONFIG', 'web-lc', 'ami-12345678', 'm1.small',
                        'mykey']
    assert long[7] == '{/dev/sdc=:10}'
    assert long[8] == 'default'
    assert long[9].startswith('20')                 # CreatedTime
    assert long[10] == 'true'                       # monitoring
    assert long[11].startswith('arn:aws:autoscaling:')
    assert lines[1:] == ['USER-DATA\tweb-lc', '#!/bin/sh', 'echo booted', '',
                         '', '']
    lc_json = cli.json('euscale-describe-launch-configs', 'web-lc')
    assert base64.b64decode(lc_json['LaunchConfigurations'][0]['UserData']) \
        == b'#!/bin/sh\necho booted\n'

    cli('eulb-create-lb', 'web-lb', '-z', 'us-east-1a,us-east-1b', '-l',
        'lb-port=80, protocol=HTTP, instance-port=8080')
    assert cli('euscale-create-auto-scaling-group', 'web', '-l', 'web-lc',
               '-m', '1', '--desired-capacity', '2', '-M', '4',
               '--grace-period', '120', '--health-check-type', 'EC2',
               '-z', 'us-east-1a,us-east-1b', '--load-balancers', 'web-lb',
               '--tag', 'k=env, v=prod, p=true').stdout == ''

    rows = cli.rows('euscale-describe-auto-scaling-groups')
    assert rows[0] == ['AUTO-SCALING-GROUP', 'web', 'web-lc',
                       'us-east-1a,us-east-1b', 'web-lb', '1', '4', '2',
                       'Default']
    instances = [r for r in rows if r[0] == 'INSTANCE']
    assert len(instances) == 2
    for row in instances:
        assert row[1].startswith('i-')
        assert row[2] in ('us-east-1a', 'us-east-1b')
        assert row[3:] == ['InService', 'Healthy', 'web-lc']
    assert rows[-1] == ['TAG', 'auto-scaling-group', 'web', 'env', 'prod',
                        'true']

    long = cli.rows('euscale-describe-auto-scaling-groups', 'web',
                    '--show-long')[0]
    assert len(long) == 16
    assert long[:4] == rows[0][:4]
    assert long[4].startswith('20')                 # CreatedTime
    assert long[5:10] == ['web-lb', 'EC2', '1', '4', '2']
    assert long[11] == '120'                        # grace period
    assert long[14].startswith('arn:aws:autoscaling:')
    assert long[15] == 'Default'

    asg_instances = cli.rows('euscale-describe-auto-scaling-instances')
    assert sorted(r[1] for r in asg_instances) == \
        sorted(r[1] for r in instances)
    assert {tuple(r[2:]) for r in asg_instances} <= {
        ('web', zone, 'InService', 'Healthy', 'web-lc')
        for zone in ('us-east-1a', 'us-east-1b')}
    # The instances really run, and the load balancer has them.
    health = cli.rows('eulb-describe-instance-health', 'web-lb')
    assert sorted(r[1] for r in health) == sorted(r[1] for r in instances)

    # The instance count follows the desired capacity, both ways.
    assert cli('euscale-set-desired-capacity', 'web', '-c', '3').stdout == ''
    assert len(cli.rows('euscale-describe-auto-scaling-instances')) == 3
    assert cli('euscale-update-auto-scaling-group', 'web',
               '--desired-capacity', '1', '-M', '2').stdout == ''
    rows = cli.rows('euscale-describe-auto-scaling-groups', 'web')
    assert rows[0][5:8] == ['1', '2', '1']
    assert len([r for r in rows if r[0] == 'INSTANCE']) == 1

    # Tags, processes and metrics show up in the group's rows.
    cli('euscale-create-or-update-tags', '--tag',
        'id=web, t=auto-scaling-group, k=team, v=ops, p=false')
    assert cli.rows('euscale-describe-tags', '--filter',
                    'auto-scaling-group=web,key=team') == [
        ['TAG', 'web', 'auto-scaling-group', 'team', 'ops', 'false']]
    cli('euscale-suspend-processes', 'web', '--processes', 'Launch')
    cli('euscale-enable-metrics-collection', 'web', '-g', '1Minute',
        '-m', 'GroupMinSize')
    rows = cli.rows('euscale-describe-auto-scaling-groups', 'web')
    assert ['SUSPENDED-PROCESS', 'Launch', '', 'web'] in rows
    assert ['ENABLED-METRICS', 'GroupMinSize', '1Minute'] in rows

    # Unknown groups are the server's errors, not tracebacks.
    bad = cli('euscale-delete-auto-scaling-group', 'nosuch', check=False)
    assert bad.returncode == 1
    assert bad.stderr.startswith(
        'euscale-delete-auto-scaling-group: error (ValidationError): ')

    assert cli('euscale-delete-auto-scaling-group', 'web', '-d').stdout == ''
    assert cli('euscale-describe-auto-scaling-groups').stdout == ''
    assert cli('euscale-delete-launch-config', 'web-lc').stdout == ''
    assert cli('euscale-describe-launch-configs').stdout == ''
