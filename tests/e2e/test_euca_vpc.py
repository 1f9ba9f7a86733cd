"""The VPC networking commands against moto: one workflow from an empty
account to a running instance in a subnet, and back down again."""


def by_tag(rows, tag):
    return [row for row in rows if row and row[0] == tag]


def test_vpc_workflow(cli):
    # VPC
    vpc_row, = cli.rows('euca-create-vpc', '10.20.0.0/16')
    assert vpc_row[0] == 'VPC' and vpc_row[1].startswith('vpc-')
    assert vpc_row[3] == '10.20.0.0/16' and len(vpc_row) == 7
    vpc = vpc_row[1]
    cli('euca-create-tags', vpc, '--tag', 'Name=e2e')
    described = cli.rows('euca-describe-vpcs', '--filter', 'tag:Name=e2e')
    assert by_tag(described, 'VPC')[0][1] == vpc
    assert ['TAG', 'vpc', vpc, 'Name', 'e2e'] in described
    assert cli.rows('euca-describe-vpcs', '--filter', 'cidr=10.99.0.0/16') \
        == []

    cli('euca-modify-vpc-attribute', '-c', vpc, '--dns-hostnames', 'true')
    assert cli.rows('euca-describe-vpc-attribute', vpc, '-d') == \
        [['RETURN', 'true']]
    cli('euca-modify-vpc-attribute', vpc, '-s', 'false')   # positional VPC
    assert cli.rows('euca-describe-vpc-attribute', vpc,
                    '--dns-support') == [['RETURN', 'false']]

    # subnet
    subnet_row, = cli.rows('euca-create-subnet', '-c', vpc, '10.20.1.0/24',
                           '-z', 'us-east-1a')
    assert subnet_row[0] == 'SUBNET' and subnet_row[3:5] == [
        vpc, '10.20.1.0/24']
    assert subnet_row[6] == 'us-east-1a'
    subnet = subnet_row[1]
    cli('euca-modify-subnet-attribute', subnet, '-m', 'true')
    subnets = cli.rows('euca-describe-subnets', '--filter', f'vpc-id={vpc}')
    assert [row[1] for row in subnets] == [subnet]
    assert subnets[0][8] == 'true'   # mapPublicIpOnLaunch

    # Internet gateway
    igw_rows = cli.rows('euca-create-internet-gateway')
    assert igw_rows[0][0] == 'INTERNETGATEWAY'
    igw = igw_rows[0][1]
    assert cli('euca-attach-internet-gateway', '-c', vpc, igw).stdout == ''
    assert cli.rows('euca-describe-internet-gateways', igw) == [
        ['INTERNETGATEWAY', igw], ['ATTACHMENT', vpc, 'available']]

    # route table + route + association
    rtb_rows = cli.rows('euca-create-route-table', vpc)
    assert rtb_rows[0][0] == 'ROUTETABLE' and rtb_rows[0][2] == vpc
    rtb = rtb_rows[0][1]
    assert cli.rows('euca-create-route', rtb, '-r', '0.0.0.0/0', '-g',
                    igw) == [['ROUTE', igw, '0.0.0.0/0']]
    assoc_row, = cli.rows('euca-associate-route-table', rtb, '-s', subnet)
    assert assoc_row[0] == 'ASSOCIATION' and assoc_row[2:] == [rtb, subnet]
    assoc = assoc_row[1]
    tables = cli.rows('euca-describe-route-tables', '--filter',
                      f'route-table-id={rtb}')
    assert ['ROUTE', igw, 'active', '0.0.0.0/0', 'CreateRoute'] in tables
    assert ['ASSOCIATION', assoc, subnet, ''] in tables

    # security group in the VPC, opened for ssh
    group_row, = cli.rows('euca-create-group', 'web', '-d', 'web servers',
                          '-c', vpc)
    group = group_row[1]
    cli('euca-authorize', group, '-P', 'tcp', '-p', '22', '-s',
        '10.0.0.0/8')
    groups = cli.rows('euca-describe-groups', group)
    assert groups[0][:2] == ['GROUP', group] and groups[0][5] == vpc

    # an instance in the subnet
    run_rows = cli.rows('euca-run-instances', '-s', subnet, '-g', group,
                        'ami-12345678')
    instance_row = by_tag(run_rows, 'INSTANCE')[0]
    instance = instance_row[1]
    assert instance_row[18:20] == [vpc, subnet]
    nics = cli.rows('euca-describe-network-interfaces', '--filter',
                    f'subnet-id={subnet}')
    nic_row = by_tag(nics, 'NETWORKINTERFACE')[0]
    assert nic_row[2:4] == [subnet, vpc]
    assert by_tag(nics, 'ATTACHMENT')[0][1] == instance

    # a second network interface, its attributes and addresses
    eni_rows = cli.rows('euca-create-network-interface', subnet, '-d',
                        'spare', '-g', group, '--private-ip-address',
                        '10.20.1.50')
    eni = eni_rows[0][1]
    assert eni_rows[0][6] == '10.20.1.50'
    assert ['GROUP', group, 'web'] in eni_rows
    assert cli.rows('euca-describe-network-interface-attribute', eni,
                    '-d') == [['NETWORKINTERFACE', eni, 'description'],
                              ['DESCRIPTION', 'spare']]
    cli('euca-modify-network-interface-attribute', eni,
        '--source-dest-check', 'false')
    assert cli.rows('euca-describe-network-interface-attribute', eni,
                    '--source-dest-check')[1] == ['SOURCEDESTCHECK', 'false']
    cli('euca-assign-private-ip-addresses', '-n', eni, '--secondary-address',
        '10.20.1.60')
    addresses = by_tag(cli.rows('euca-describe-network-interfaces', eni),
                       'PRIVATEIPADDRESS')
    assert '10.20.1.60' in [row[1] for row in addresses]
    cli('euca-unassign-private-ip-addresses', eni, '--secondary-address',
        '10.20.1.60')
    addresses = by_tag(cli.rows('euca-describe-network-interfaces', eni),
                       'PRIVATEIPADDRESS')
    assert '10.20.1.60' not in [row[1] for row in addresses]
    attachment = cli('euca-attach-network-interface', '-i', instance, '-d',
                     '1', eni).stdout.strip()
    assert attachment.startswith('eni-attach-')
    cli('euca-detach-network-interface', attachment)
    cli('euca-delete-network-interface', eni)

    # network ACL with an entry
    acl_rows = cli.rows('euca-create-network-acl', vpc)
    acl = acl_rows[0][1]
    assert acl_rows[0][:3] == ['NETWORKACL', acl, vpc]
    assert cli.rows('euca-create-network-acl-entry', acl, '-n', '100',
                    '--allow', '-r', '10.0.0.0/8', '-P', 'icmp', '-t',
                    '-1:-1') == [['ENTRY', 'ingress', '100', 'allow',
                                  '10.0.0.0/8', 'icmp', '-1', '-1']]
    cli('euca-replace-network-acl-entry', acl, '-n', '100', '--deny', '-r',
        '10.0.0.0/8', '-P', 'tcp', '-p', '80-81')
    entries = by_tag(cli.rows('euca-describe-network-acls', acl), 'ENTRY')
    assert ['ENTRY', 'ingress', '100', 'deny', '10.0.0.0/8', 'tcp', '80',
            '81'] in entries
    cli('euca-delete-network-acl-entry', acl, '-n', '100')
    assert ['100'] not in [row[2:3] for row in by_tag(
        cli.rows('euca-describe-network-acls', acl), 'ENTRY')]

    # DHCP options
    dopt_rows = cli.rows('euca-create-dhcp-options',
                         'domain-name-servers=10.2.5.1,10.2.5.2',
                         'domain-name=example.com')
    dopt = dopt_rows[0][1]
    assert ['OPTION', 'domain-name-servers', '10.2.5.1,10.2.5.2'] in dopt_rows
    assert cli.rows('euca-associate-dhcp-options', dopt, '-c', vpc) == [
        ['DHCPOPTIONS', dopt, vpc]]
    assert by_tag(cli.rows('euca-describe-vpcs', vpc), 'VPC')[0][4] == dopt

    # NAT gateway on an elastic IP
    alloc = cli.rows('euca-allocate-address', '-d', 'vpc')[0][3]
    nat_rows = cli.rows('euca-create-nat-gateway', '-s', subnet, '-a', alloc)
    nat = nat_rows[0][1]
    assert nat_rows[0][0] == 'NATGATEWAY' and nat_rows[0][3:5] == [subnet,
                                                                   vpc]
    assert by_tag(nat_rows, 'NATGATEWAYADDRESSES')[0][1] == alloc
    assert [row[1] for row in cli.rows('euca-describe-nat-gateways',
                                       '--filter', f'vpc-id={vpc}')
            if row[0] == 'NATGATEWAY'] == [nat]
    assert cli('euca-delete-nat-gateway', nat).stdout == nat + '\n'

    # peering with a second VPC
    peer_vpc = cli.rows('euca-create-vpc', '10.30.0.0/16')[0][1]
    pcx_rows = cli.rows('euca-create-vpc-peering-connection', '-c', vpc,
                        '-p', peer_vpc)
    pcx = pcx_rows[0][1]
    assert pcx_rows[0][0] == 'VPCPEERINGCONNECTION'
    assert by_tag(pcx_rows, 'REQUESTERVPCINFO')[0][1:3] == [vpc,
                                                            '10.20.0.0/16']
    accepted = cli.rows('euca-accept-vpc-peering-connection', pcx)
    assert accepted[0][3].startswith('active')
    described = cli.rows('euca-describe-vpc-peering-connections', '--filter',
                         f'requester-vpc-info.vpc-id={vpc}')
    assert by_tag(described, 'ACCEPTERVPCINFO')[0][1] == peer_vpc
    cli('euca-delete-vpc-peering-connection', pcx)

    # VPN: virtual private gateway, customer gateway, connection
    vgw_rows = cli.rows('euca-create-vpn-gateway', '-t', 'ipsec.1')
    vgw = vgw_rows[0][1]
    assert vgw_rows[0][0] == 'VPNGATEWAY' and vgw_rows[0][4] == 'ipsec.1'
    assert cli.rows('euca-attach-vpn-gateway', '-c', vpc, vgw)[0][:2] == [
        'VGWATTACHMENT', vpc]
    assert ['VGWATTACHMENT', vpc, 'attached'] in cli.rows(
        'euca-describe-vpn-gateways', vgw)
    cgw_rows = cli.rows('euca-create-customer-gateway', '-t', 'ipsec.1',
                        '-i', '198.51.100.7', '-b', '65000')
    cgw = cgw_rows[0][1]
    assert cgw_rows[0][3:] == ['ipsec.1', '198.51.100.7', '65000']
    assert by_tag(cli.rows('euca-describe-customer-gateways', '--filter',
                           'ip-address=198.51.100.7'),
                  'CUSTOMERGATEWAY')[0][1] == cgw
    vpn_rows = cli.rows('euca-create-vpn-connection', '-t', 'ipsec.1',
                        '--customer-gateway', cgw, '--vpn-gateway', vgw,
                        '--format', 'none')
    vpn = vpn_rows[0][1]
    assert vpn_rows == [['VPNCONNECTION', vpn, 'ipsec.1', cgw, vgw,
                         vpn_rows[0][5]]]
    described = cli.rows('euca-describe-vpn-connections', vpn)
    assert described[0][:5] == ['VPNCONNECTION', vpn, 'ipsec.1', cgw, vgw]
    cli('euca-delete-vpn-connection', vpn)
    cli('euca-delete-customer-gateway', cgw)
    cli('euca-detach-vpn-gateway', '-c', vpc, vgw)
    cli('euca-delete-vpn-gateway', vgw)

    # tear down, in order
    cli('euca-terminate-instances', instance)
    cli('euca-disassociate-route-table', assoc)
    cli('euca-delete-route', rtb, '-r', '0.0.0.0/0')
    cli('euca-delete-route-table', rtb)
    cli('euca-detach-internet-gateway', '-c', vpc, igw)
    cli('euca-delete-internet-gateway', igw)
    cli('euca-delete-network-acl', acl)
    cli('euca-associate-dhcp-options', 'default', '-c', vpc)
    cli('euca-delete-dhcp-options', dopt)
    assert cli.rows('euca-describe-route-tables', '--filter',
                    f'route-table-id={rtb}') == []
    gone = cli('euca-describe-route-tables', rtb, check=False)
    assert gone.returncode == 1 and 'error (' in gone.stderr
    assert cli.rows('euca-describe-internet-gateways', '--filter',
                    f'internet-gateway-id={igw}') == []
    cli('euca-delete-group', group)
    cli('euca-delete-subnet', subnet)
    cli('euca-delete-vpc', peer_vpc)
    cli('euca-delete-vpc', vpc)
    assert cli.rows('euca-describe-vpcs', '--filter', f'vpc-id={vpc}') == []
