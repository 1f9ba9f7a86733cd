"""One ELB workflow against moto: every step a user takes, in order."""

LISTENER = ('lb-port=80, protocol=HTTP, instance-port=8888, '
            'instance-protocol=HTTP')


def _lb_row(cli, *extra):
    rows = cli.rows('eulb-describe-lbs', 'web', *extra)
    assert len(rows) == 1
    return rows[0]


def test_load_balancer_workflow(cli):
    # Create across two zones with an HTTP 80 -> 8888 listener and a tag.
    out = cli.rows('eulb-create-lb', 'web', '-z', 'us-east-1a,us-east-1b',
                   '-l', LISTENER, '-t', 'env=test')
    assert len(out) == 1 and out[0][0] == 'DNS_NAME'
    dns_name = out[0][1]
    assert dns_name.startswith('web')

    short = _lb_row(cli)
    assert len(short) == 5
    assert short[:3] == ['LOAD_BALANCER', 'web', dns_name]
    assert short[3].startswith('20')           # CreatedTime
    assert short[4] == 'internet-facing'

    long = _lb_row(cli, '--show-long')
    assert len(long) == 19
    assert long[:3] == short[:3] and long[-2:] == short[-2:]
    assert long[6] == 'us-east-1a,us-east-1b'
    assert long[10] == ('{protocol=HTTP,lb-port=80,instance-protocol=HTTP,'
                        'instance-port=8888}')

    # Health check.
    assert cli.rows('eulb-configure-healthcheck', 'web', '-t',
                    'HTTP:8888/health', '--interval', '30', '--timeout', '5',
                    '--healthy-threshold', '2', '--unhealthy-threshold',
                    '3') == [['HEALTH_CHECK', 'HTTP:8888/health', '30', '5',
                              '2', '3']]
    assert _lb_row(cli, '--show-long')[5] == (
        '{interval=30,target=HTTP:8888/health,timeout=5,'
        'healthy-threshold=2,unhealthy-threshold=3}')

    # Listeners: add a TCP one, then delete it again; both are silent.
    proc = cli('eulb-create-lb-listeners', 'web', '-l',
               'lb-port=8443,protocol=TCP,instance-port=8443')
    assert proc.stdout == ''
    assert 'lb-port=8443' in _lb_row(cli, '--show-long')[10]
    assert cli('eulb-delete-lb-listeners', 'web', '-l', '8443').stdout == ''
    assert 'lb-port=8443' not in _lb_row(cli, '--show-long')[10]

    # A bad listener is a usage error that says what is wrong.
    bad = cli('eulb-create-lb-listeners', 'web', '-l',
              'lb-port=81, protocol=HTTP', check=False)
    assert bad.returncode == 2
    assert 'instance-port is required' in bad.stderr

    # Instances: launch two, register both, deregister one.
    reservation = cli.rows('euca-run-instances', 'ami-12345678', '-n', '2')
    ids = sorted(row[1] for row in reservation if row[0] == 'INSTANCE')
    assert len(ids) == 2
    cli('eulb-register-instances-with-lb', 'web', '--instances',
        ','.join(ids))
    assert sorted(_lb_row(cli, '--show-long')[9].split(',')) == ids
    health = cli.rows('eulb-describe-instance-health', 'web')
    assert sorted(health) == [['INSTANCE', i, 'InService'] for i in ids]
    health = cli.rows('eulb-describe-instance-health', 'web', '--instances',
                      ids[0], '--show-long')
    assert health == [['INSTANCE', ids[0], 'InService', 'N/A', 'N/A']]
    cli('eulb-deregister-instances-from-lb', 'web', '--instances', ids[0])
    assert cli.rows('eulb-describe-instance-health', 'web') == \
        [['INSTANCE', ids[1], 'InService']]

    # Tags.
    cli('eulb-create-tags', 'web', '-t', 'team=ops')
    tags = cli.rows('eulb-describe-tags', 'web', '--show-headers')
    assert tags[0] == ['TAG', 'TYPE', 'NAME', 'KEY', 'VALUE']
    assert sorted(tags[1:]) == [['TAG', 'load-balancer', 'web', 'env', 'test'],
                                ['TAG', 'load-balancer', 'web', 'team', 'ops']]
    assert cli('eulb-delete-tags', 'web', '-t', 'env').stdout == ''
    assert cli.rows('eulb-describe-tags', 'web') == \
        [['TAG', 'load-balancer', 'web', 'team', 'ops']]

    # A stickiness policy on the listener.
    cli('eulb-create-lb-cookie-stickiness-policy', 'web', '-e', '60', '-p',
        'sticky')
    cli('eulb-set-lb-policies-of-listener', 'web', '-l', '80', '-p', 'sticky')
    policies = cli.rows('eulb-describe-lb-policies', 'web')
    # (moto names the type LbCookieStickinessPolicy; AWS
    # LBCookieStickinessPolicyType)
    assert [row[:2] for row in policies] == [['POLICY', 'sticky']]
    assert len(policies[0]) == 3
    long = _lb_row(cli, '--show-long')
    assert long[10].endswith(',{sticky}}')
    assert long[13] == '{policy-name=sticky,expiration-period=60}'

    # Attributes.
    cli('eulb-modify-lb-attributes', 'web', 'ConnectionDraining.Enabled=true',
        'ConnectionDraining.Timeout=120')
    attrs = dict((row[0], row[1]) for row in
                 cli.rows('eulb-describe-lb-attributes', 'web'))
    assert attrs['ConnectionDraining.Enabled'] == 'true'
    assert attrs['ConnectionDraining.Timeout'] == '120'

    # Zones.
    assert cli.rows('eulb-disable-zones-for-lb', 'web', '-z',
                    'us-east-1b') == [['AVAILABILITY_ZONES', 'us-east-1a']]
    assert cli.rows('eulb-enable-zones-for-lb', 'web', '-z', 'us-east-1c') \
        == [['AVAILABILITY_ZONES', 'us-east-1a, us-east-1c']]

    # Delete; a second delete still succeeds, as upstream documents.
    assert cli('eulb-delete-lb', 'web').stdout == ''
    assert cli('eulb-describe-lbs').stdout == ''
    cli('eulb-delete-lb', 'web', '--force')
