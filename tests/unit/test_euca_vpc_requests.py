"""What the VPC networking commands send and print, checked in-process with
`responses`: one table row per command, then the special cases."""

import pytest
import responses

from tests.query_helpers import ec2_xml, sent
from tests.unit.request_cases import Family, command

URL = 'http://cloud.test/'
OK = '<return>true</return>'
EC2 = Family(ec2_xml, '2015-10-01', exact=True)


def tags(resource_id):
    return (f'<tagSet><item><key>Name</key><value>{resource_id}-name</value>'
            f'</item></tagSet>')


VPC = ('<vpcId>vpc-1</vpcId><state>available</state><cidrBlock>10.0.0.0/16'
       '</cidrBlock><dhcpOptionsId>dopt-1</dhcpOptionsId><instanceTenancy>'
       'default</instanceTenancy><isDefault>false</isDefault>' + tags('vpc-1'))
VPC_ROWS = ['VPC\tvpc-1\tavailable\t10.0.0.0/16\tdopt-1\tdefault\tfalse',
            'TAG\tvpc\tvpc-1\tName\tvpc-1-name']
SUBNET = ('<subnetId>subnet-1</subnetId><state>available</state><vpcId>vpc-1'
          '</vpcId><cidrBlock>10.0.1.0/24</cidrBlock><availableIpAddressCount>'
          '251</availableIpAddressCount><availabilityZone>az1'
          '</availabilityZone><defaultForAz>false</defaultForAz>'
          '<mapPublicIpOnLaunch>true</mapPublicIpOnLaunch>' + tags('subnet-1'))
SUBNET_ROWS = ['SUBNET\tsubnet-1\tavailable\tvpc-1\t10.0.1.0/24\t251\taz1\t'
               'false\ttrue', 'TAG\tsubnet\tsubnet-1\tName\tsubnet-1-name']
ROUTE_TABLE = (
    '<routeTableId>rtb-1</routeTableId><vpcId>vpc-1</vpcId><routeSet>'
    '<item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock>'
    '<gatewayId>local</gatewayId><state>active</state><origin>'
    'CreateRouteTable</origin></item><item><destinationCidrBlock>0.0.0.0/0'
    '</destinationCidrBlock><natGatewayId>nat-1</natGatewayId><state>'
    'blackhole</state><origin>CreateRoute</origin></item></routeSet>'
    '<associationSet><item><routeTableAssociationId>rtbassoc-1'
    '</routeTableAssociationId><routeTableId>rtb-1</routeTableId><main>true'
    '</main></item><item><routeTableAssociationId>rtbassoc-2'
    '</routeTableAssociationId><subnetId>subnet-1</subnetId><main>false'
    '</main></item></associationSet><propagatingVgwSet><item><gatewayId>'
    'vgw-1</gatewayId></item></propagatingVgwSet>' + tags('rtb-1'))
ROUTE_TABLE_ROWS = [
    'ROUTETABLE\trtb-1\tvpc-1',
    'ROUTE\tlocal\tactive\t10.0.0.0/16\tCreateRouteTable',
    'ROUTE\tnat-1\tblackhole\t0.0.0.0/0\tCreateRoute',
    'PROPAGATINGVGW\tvgw-1',
    'ASSOCIATION\trtbassoc-1\t\tmain', 'ASSOCIATION\trtbassoc-2\tsubnet-1\t',
    'TAG\troute-table\trtb-1\tName\trtb-1-name']
IGW = ('<internetGatewayId>igw-1</internetGatewayId><attachmentSet><item>'
       '<vpcId>vpc-1</vpcId><state>available</state></item></attachmentSet>'
       + tags('igw-1'))
IGW_ROWS = ['INTERNETGATEWAY\tigw-1', 'ATTACHMENT\tvpc-1\tavailable',
            'TAG\tinternet-gateway\tigw-1\tName\tigw-1-name']
NAT = ('<natGatewayId>nat-1</natGatewayId><subnetId>subnet-1</subnetId>'
       '<vpcId>vpc-1</vpcId><state>failed</state><failureCode>Gone'
       '</failureCode><failureMessage>no address</failureMessage><createTime>'
       '2016-01-01T00:00:00Z</createTime><natGatewayAddressSet><item>'
       '<allocationId>eipalloc-1</allocationId><networkInterfaceId>eni-9'
       '</networkInterfaceId><publicIp>198.51.100.1</publicIp><privateIp>'
       '10.0.1.9</privateIp></item></natGatewayAddressSet>')
NAT_ROWS = ['NATGATEWAY\tnat-1\tfailed\tsubnet-1\tvpc-1\tGone\tno address\t'
            '2016-01-01T00:00:00Z\t',
            'NATGATEWAYADDRESSES\teipalloc-1\teni-9\t198.51.100.1\t10.0.1.9']
VGW = ('<vpnGatewayId>vgw-1</vpnGatewayId><state>available</state><type>'
       'ipsec.1</type><availabilityZone>az1</availabilityZone><attachments>'
       '<item><vpcId>vpc-1</vpcId><state>attached</state></item>'
       '</attachments>' + tags('vgw-1'))
VGW_ROWS = ['VPNGATEWAY\tvgw-1\tavailable\taz1\tipsec.1',
            'VGWATTACHMENT\tvpc-1\tattached',
            'TAG\tvpn-gateway\tvgw-1\tName\tvgw-1-name']
CGW = ('<customerGatewayId>cgw-1</customerGatewayId><state>available</state>'
       '<type>ipsec.1</type><ipAddress>192.0.2.1</ipAddress><bgpAsn>65000'
       '</bgpAsn>' + tags('cgw-1'))
CGW_ROWS = ['CUSTOMERGATEWAY\tcgw-1\tavailable\tipsec.1\t192.0.2.1\t65000',
            'TAG\tcustomer-gateway\tcgw-1\tName\tcgw-1-name']
VPN = ('<vpnConnectionId>vpn-1</vpnConnectionId><state>pending</state>'
       '<customerGatewayConfiguration>&lt;vpn_connection id="vpn-1"&gt;'
       '&lt;ipsec_tunnel/&gt;&lt;/vpn_connection&gt;'
       '</customerGatewayConfiguration><type>ipsec.1</type>'
       '<customerGatewayId>cgw-1</customerGatewayId><vpnGatewayId>vgw-1'
       '</vpnGatewayId>' + tags('vpn-1'))
VPN_ROW = 'VPNCONNECTION\tvpn-1\tipsec.1\tcgw-1\tvgw-1\tpending'
VPN_CONFIG = '<vpn_connection id="vpn-1"><ipsec_tunnel/></vpn_connection>'
VPN_TAG = 'TAG\tvpn-connection\tvpn-1\tName\tvpn-1-name'
ACL = ('<networkAclId>acl-1</networkAclId><vpcId>vpc-1</vpcId><default>true'
       '</default><entrySet><item><ruleNumber>100</ruleNumber><protocol>6'
       '</protocol><ruleAction>allow</ruleAction><egress>false</egress>'
       '<cidrBlock>0.0.0.0/0</cidrBlock><portRange><from>22</from><to>23</to>'
       '</portRange></item><item><ruleNumber>110</ruleNumber><protocol>1'
       '</protocol><ruleAction>deny</ruleAction><egress>true</egress>'
       '<cidrBlock>10.0.0.0/8</cidrBlock><icmpTypeCode><code>0</code><type>8'
       '</type></icmpTypeCode></item><item><ruleNumber>32767</ruleNumber>'
       '<protocol>-1</protocol><ruleAction>deny</ruleAction><egress>false'
       '</egress><cidrBlock>0.0.0.0/0</cidrBlock></item><item><ruleNumber>120'
       '</ruleNumber><protocol>47</protocol><ruleAction>allow</ruleAction>'
       '<egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock></item>'
       '</entrySet><associationSet><item><networkAclAssociationId>aclassoc-1'
       '</networkAclAssociationId><networkAclId>acl-1</networkAclId>'
       '<subnetId>subnet-1</subnetId></item></associationSet>' + tags('acl-1'))
ACL_ROWS = ['NETWORKACL\tacl-1\tvpc-1\tdefault',
            'ENTRY\tingress\t100\tallow\t0.0.0.0/0\ttcp\t22\t23',
            # euca2ools 3.4 prints a described ICMP entry's code, then type.
            'ENTRY\tegress\t110\tdeny\t10.0.0.0/8\ticmp\t0\t8',
            'ENTRY\tingress\t32767\tdeny\t0.0.0.0/0\tall\t\t',
            'ENTRY\tingress\t120\tallow\t0.0.0.0/0\t47\t\t',
            'ASSOCIATION\taclassoc-1\tsubnet-1',
            'TAG\tnetwork-acl\tacl-1\tName\tacl-1-name']
NIC = ('<networkInterfaceId>eni-1</networkInterfaceId><subnetId>subnet-1'
       '</subnetId><vpcId>vpc-1</vpcId><description>x</description><ownerId>'
       '111122223333</ownerId><status>in-use</status><privateIpAddress>'
       '10.0.0.7</privateIpAddress><privateDnsName>ip-10-0-0-7'
       '</privateDnsName><sourceDestCheck>true</sourceDestCheck><groupSet>'
       '<item><groupId>sg-1</groupId><groupName>web</groupName></item>'
       '</groupSet><attachment><attachmentId>eni-attach-1</attachmentId>'
       '<instanceId>i-1</instanceId><deviceIndex>1</deviceIndex><status>'
       'attached</status><attachTime>2016-01-01T00:00:00Z</attachTime>'
       '<deleteOnTermination>false</deleteOnTermination></attachment>'
       '<association><publicIp>198.51.100.2</publicIp><ipOwnerId>amazon'
       '</ipOwnerId></association><privateIpAddressesSet><item>'
       '<privateIpAddress>10.0.0.7</privateIpAddress><privateDnsName>'
       'ip-10-0-0-7</privateDnsName><primary>true</primary><association>'
       '<publicIp>198.51.100.2</publicIp></association></item><item>'
       '<privateIpAddress>10.0.0.8</privateIpAddress><primary>false</primary>'
       '</item></privateIpAddressesSet>' + tags('eni-1'))
NIC_ROWS = ['NETWORKINTERFACE\teni-1\tsubnet-1\tvpc-1\t111122223333\tin-use\t'
            '10.0.0.7\tip-10-0-0-7\ttrue',
            'ATTACHMENT\ti-1\teni-attach-1\t1\tattached\t2016-01-01T00:00:00Z'
            '\tfalse',
            'ASSOCIATION\t198.51.100.2\tamazon\t10.0.0.7',
            'GROUP\tsg-1\tweb',
            'PRIVATEIPADDRESS\t10.0.0.7\tip-10-0-0-7\tprimary',
            'PRIVATEIPADDRESS\t10.0.0.8\t\t',
            'TAG\tnetwork-interface\teni-1\tName\teni-1-name']
DOPT = ('<dhcpOptionsId>dopt-1</dhcpOptionsId><dhcpConfigurationSet><item>'
        '<key>domain-name</key><valueSet><item><value>example.com</value>'
        '</item></valueSet></item><item><key>ntp-servers</key><valueSet><item>'
        '<value>10.0.0.1</value></item><item><value>10.0.0.2</value></item>'
        '</valueSet></item></dhcpConfigurationSet>' + tags('dopt-1'))
DOPT_ROWS = ['DHCPOPTIONS\tdopt-1', 'OPTION\tdomain-name\texample.com',
             'OPTION\tntp-servers\t10.0.0.1,10.0.0.2',
             'TAG\tdhcp-options\tdopt-1\tName\tdopt-1-name']
PCX = ('<vpcPeeringConnectionId>pcx-1</vpcPeeringConnectionId>'
       '<requesterVpcInfo><ownerId>111122223333</ownerId><vpcId>vpc-1'
       '</vpcId><cidrBlock>10.0.0.0/16</cidrBlock></requesterVpcInfo>'
       '<accepterVpcInfo><ownerId>444455556666</ownerId><vpcId>vpc-2</vpcId>'
       '</accepterVpcInfo><status><code>pending-acceptance</code><message>'
       'Pending Acceptance</message></status><expirationTime>'
       '2016-01-08T00:00:00Z</expirationTime>' + tags('pcx-1'))
PCX_ROWS = ['VPCPEERINGCONNECTION\tpcx-1\t2016-01-08T00:00:00Z\t'
            'pending-acceptance: Pending Acceptance',
            'REQUESTERVPCINFO\tvpc-1\t10.0.0.0/16\t111122223333',
            'ACCEPTERVPCINFO\tvpc-2\t\t444455556666',
            'TAG\tvpc-peering-connection\tpcx-1\tName\tpcx-1-name']


def item_set(name, obj):
    return f'<{name}><item>{obj}</item></{name}>'


CASES = [
    # VPCs
    ('euca-create-vpc', ['10.0.0.0/16', '--tenancy', 'dedicated'],
     f'<vpc>{VPC}</vpc>',
     {'CidrBlock': '10.0.0.0/16', 'InstanceTenancy': 'dedicated'}, VPC_ROWS),
    ('euca-delete-vpc', ['vpc-1'], OK, {'VpcId': 'vpc-1'}, []),
    ('euca-describe-vpcs', ['vpc-1', 'vpc-2', '--filter', 'state=available'],
     item_set('vpcSet', VPC),
     {'VpcId.1': 'vpc-1', 'VpcId.2': 'vpc-2', 'Filter.1.Name': 'state',
      'Filter.1.Value.1': 'available'}, VPC_ROWS),
    ('euca-describe-vpc-attribute', ['vpc-1', '-s'],
     '<vpcId>vpc-1</vpcId><enableDnsSupport><value>true</value>'
     '</enableDnsSupport>',
     {'VpcId': 'vpc-1', 'Attribute': 'enableDnsSupport'}, ['RETURN\ttrue']),
    ('euca-modify-vpc-attribute', ['-c', 'vpc-1', '-d', 'no'], OK,
     {'VpcId': 'vpc-1', 'EnableDnsHostnames.Value': 'false'}, []),
    # subnets
    ('euca-create-subnet', ['-c', 'vpc-1', '-i', '10.0.1.0/24', '-z', 'az1'],
     f'<subnet>{SUBNET}</subnet>',
     {'VpcId': 'vpc-1', 'CidrBlock': '10.0.1.0/24',
      'AvailabilityZone': 'az1'}, SUBNET_ROWS),
    ('euca-delete-subnet', ['subnet-1'], OK, {'SubnetId': 'subnet-1'}, []),
    ('euca-describe-subnets', ['--filter', 'vpc-id=vpc-1'],
     item_set('subnetSet', SUBNET),
     {'Filter.1.Name': 'vpc-id', 'Filter.1.Value.1': 'vpc-1'}, SUBNET_ROWS),
    ('euca-modify-subnet-attribute', ['subnet-1', '-m', 'true'], OK,
     {'SubnetId': 'subnet-1', 'MapPublicIpOnLaunch.Value': 'true'}, []),
    # route tables
    ('euca-create-route-table', ['vpc-1'],
     f'<routeTable>{ROUTE_TABLE}</routeTable>', {'VpcId': 'vpc-1'},
     ROUTE_TABLE_ROWS),
    ('euca-delete-route-table', ['rtb-1'], OK, {'RouteTableId': 'rtb-1'}, []),
    ('euca-describe-route-tables', ['rtb-1', '--filter',
                                    'association.main=true'],
     item_set('routeTableSet', ROUTE_TABLE),
     {'RouteTableId.1': 'rtb-1', 'Filter.1.Name': 'association.main',
      'Filter.1.Value.1': 'true'}, ROUTE_TABLE_ROWS),
    ('euca-associate-route-table', ['rtb-1', '-s', 'subnet-1'],
     '<associationId>rtbassoc-1</associationId>',
     {'RouteTableId': 'rtb-1', 'SubnetId': 'subnet-1'},
     ['ASSOCIATION\trtbassoc-1\trtb-1\tsubnet-1']),
    ('euca-disassociate-route-table', ['rtbassoc-1'], OK,
     {'AssociationId': 'rtbassoc-1'}, []),
    ('euca-replace-route-table-association', ['rtbassoc-1', '-r', 'rtb-2'],
     '<newAssociationId>rtbassoc-2</newAssociationId>',
     {'AssociationId': 'rtbassoc-1', 'RouteTableId': 'rtb-2'},
     ['ASSOCIATION\trtbassoc-2\trtb-2']),
    ('euca-create-route', ['rtb-1', '-r', '0.0.0.0/0', '-p', 'pcx-1'], OK,
     {'RouteTableId': 'rtb-1', 'DestinationCidrBlock': '0.0.0.0/0',
      'VpcPeeringConnectionId': 'pcx-1'}, ['ROUTE\tpcx-1\t0.0.0.0/0']),
    ('euca-replace-route', ['rtb-1', '--cidr', '0.0.0.0/0', '-n', 'eni-1'],
     OK, {'RouteTableId': 'rtb-1', 'DestinationCidrBlock': '0.0.0.0/0',
          'NetworkInterfaceId': 'eni-1'}, ['ROUTE\teni-1\t0.0.0.0/0']),
    ('euca-delete-route', ['rtb-1', '-r', '10.0.0.0/8'], OK,
     {'RouteTableId': 'rtb-1', 'DestinationCidrBlock': '10.0.0.0/8'}, []),
    ('euca-enable-vgw-route-propagation', ['--route-table', 'rtb-1', '--vgw',
                                           'vgw-1'], OK,
     {'RouteTableId': 'rtb-1', 'GatewayId': 'vgw-1'}, []),
    ('euca-disable-vgw-route-propagation', ['--route-table', 'rtb-1',
                                            '--vgw', 'vgw-1'], OK,
     {'RouteTableId': 'rtb-1', 'GatewayId': 'vgw-1'}, []),
    # Internet gateways
    ('euca-create-internet-gateway', [],
     '<internetGateway><internetGatewayId>igw-1</internetGatewayId>'
     '<attachmentSet/><tagSet/></internetGateway>', {},
     ['INTERNETGATEWAY\tigw-1']),
    ('euca-delete-internet-gateway', ['igw-1'], OK,
     {'InternetGatewayId': 'igw-1'}, []),
    ('euca-describe-internet-gateways', ['igw-1'],
     item_set('internetGatewaySet', IGW), {'InternetGatewayId.1': 'igw-1'},
     IGW_ROWS),
    ('euca-attach-internet-gateway', ['igw-1', '-c', 'vpc-1'], OK,
     {'InternetGatewayId': 'igw-1', 'VpcId': 'vpc-1'}, []),
    ('euca-detach-internet-gateway', ['--vpc', 'vpc-1', 'igw-1'], OK,
     {'InternetGatewayId': 'igw-1', 'VpcId': 'vpc-1'}, []),
    # NAT gateways
    ('euca-create-nat-gateway', ['-s', 'subnet-1', '-a', 'eipalloc-1',
                                 '--client-token', 'tok'],
     f'<natGateway>{NAT}</natGateway>',
     {'SubnetId': 'subnet-1', 'AllocationId': 'eipalloc-1',
      'ClientToken': 'tok'}, NAT_ROWS),
    ('euca-delete-nat-gateway', ['nat-1'],
     '<natGatewayId>nat-1</natGatewayId>', {'NatGatewayId': 'nat-1'},
     ['nat-1']),
    ('euca-describe-nat-gateways', ['nat-1', '--filter', 'tag:env=prod'],
     item_set('natGatewaySet', NAT),
     {'NatGatewayId.1': 'nat-1', 'Filter.1.Name': 'tag:env',
      'Filter.1.Value.1': 'prod'}, NAT_ROWS),
    # VPN gateways
    ('euca-create-vpn-gateway', ['-t', 'ipsec.1'],
     f'<vpnGateway>{VGW}</vpnGateway>', {'Type': 'ipsec.1'}, VGW_ROWS),
    ('euca-delete-vpn-gateway', ['vgw-1'], OK, {'VpnGatewayId': 'vgw-1'}, []),
    ('euca-describe-vpn-gateways', ['--filter', 'attachment.vpc-id=vpc-1'],
     item_set('vpnGatewaySet', VGW),
     {'Filter.1.Name': 'attachment.vpc-id', 'Filter.1.Value.1': 'vpc-1'},
     VGW_ROWS),
    ('euca-attach-vpn-gateway', ['vgw-1', '-c', 'vpc-1'],
     '<attachment><vpcId>vpc-1</vpcId><state>attaching</state></attachment>',
     {'VpnGatewayId': 'vgw-1', 'VpcId': 'vpc-1'},
     ['VGWATTACHMENT\tvpc-1\tattaching']),
    ('euca-detach-vpn-gateway', ['vgw-1', '-c', 'vpc-1'], OK,
     {'VpnGatewayId': 'vgw-1', 'VpcId': 'vpc-1'}, []),
    # customer gateways
    ('euca-create-customer-gateway', ['-t', 'ipsec.1', '-i', '192.0.2.1',
                                      '-b', '65000'],
     f'<customerGateway>{CGW}</customerGateway>',
     {'Type': 'ipsec.1', 'IpAddress': '192.0.2.1', 'BgpAsn': '65000'},
     CGW_ROWS),
    ('euca-delete-customer-gateway', ['cgw-1'], OK,
     {'CustomerGatewayId': 'cgw-1'}, []),
    ('euca-describe-customer-gateways', ['--filter', 'bgp-asn=65000'],
     item_set('customerGatewaySet', CGW),
     {'Filter.1.Name': 'bgp-asn', 'Filter.1.Value.1': '65000'}, CGW_ROWS),
    # VPN connections
    ('euca-create-vpn-connection', ['-t', 'ipsec.1', '--customer-gateway',
                                    'cgw-1', '--vpn-gateway', 'vgw-1',
                                    '--static-routes-only'],
     f'<vpnConnection>{VPN}</vpnConnection>',
     {'Type': 'ipsec.1', 'CustomerGatewayId': 'cgw-1',
      'VpnGatewayId': 'vgw-1', 'Options.StaticRoutesOnly': 'true'},
     [VPN_ROW, VPN_CONFIG, VPN_TAG]),
    ('euca-delete-vpn-connection', ['vpn-1'], OK,
     {'VpnConnectionId': 'vpn-1'}, []),
    ('euca-describe-vpn-connections', ['vpn-1', '--filter', 'type=ipsec.1'],
     item_set('vpnConnectionSet', VPN),
     {'VpnConnectionId.1': 'vpn-1', 'Filter.1.Name': 'type',
      'Filter.1.Value.1': 'ipsec.1'}, [VPN_ROW, VPN_TAG]),
    ('euca-create-vpn-connection-route', ['--vpn-connection', 'vpn-1',
                                          '--cidr', '10.9.0.0/16'], OK,
     {'VpnConnectionId': 'vpn-1', 'DestinationCidrBlock': '10.9.0.0/16'},
     []),
    ('euca-delete-vpn-connection-route', ['--vpn-connection', 'vpn-1',
                                          '--cidr', '10.9.0.0/16'], OK,
     {'VpnConnectionId': 'vpn-1', 'DestinationCidrBlock': '10.9.0.0/16'},
     []),
    # network ACLs
    ('euca-create-network-acl', ['vpc-1'], f'<networkAcl>{ACL}</networkAcl>',
     {'VpcId': 'vpc-1'}, ACL_ROWS),
    ('euca-delete-network-acl', ['acl-1'], OK, {'NetworkAclId': 'acl-1'}, []),
    ('euca-describe-network-acls', ['acl-1', '--filter', 'default=true'],
     item_set('networkAclSet', ACL),
     {'NetworkAclId.1': 'acl-1', 'Filter.1.Name': 'default',
      'Filter.1.Value.1': 'true'}, ACL_ROWS),
    ('euca-create-network-acl-entry', ['acl-1', '-n', '110', '--deny', '-r',
                                       '0.0.0.0/0', '-P', 'udp', '-p', '53',
                                       '--egress'], OK,
     {'NetworkAclId': 'acl-1', 'RuleNumber': '110', 'RuleAction': 'deny',
      'CidrBlock': '0.0.0.0/0', 'Protocol': '17', 'PortRange.From': '53',
      'PortRange.To': '53', 'Egress': 'true'},
     ['ENTRY\tegress\t110\tdeny\t0.0.0.0/0\tudp\t53\t53']),
    ('euca-replace-network-acl-entry', ['acl-1', '-n', '100', '--allow',
                                        '-r', '10.0.0.0/8'], OK,
     {'NetworkAclId': 'acl-1', 'RuleNumber': '100', 'RuleAction': 'allow',
      'CidrBlock': '10.0.0.0/8', 'Protocol': '-1', 'Egress': 'false'},
     ['ENTRY\tingress\t100\tallow\t10.0.0.0/8\tall\t\t']),
    ('euca-delete-network-acl-entry', ['acl-1', '-n', '100'], OK,
     {'NetworkAclId': 'acl-1', 'RuleNumber': '100', 'Egress': 'false'}, []),
    ('euca-replace-network-acl-association', ['aclassoc-1', '-a', 'acl-2'],
     '<newAssociationId>aclassoc-2</newAssociationId>',
     {'AssociationId': 'aclassoc-1', 'NetworkAclId': 'acl-2'},
     ['ASSOCIATION\taclassoc-2\tacl-2']),
    # network interfaces
    ('euca-create-network-interface', [
        'subnet-1', '-d', 'x', '-g', 'sg-1', '-g', 'sg-2',
        '--private-ip-address', '10.0.0.7', '--secondary-address',
        '10.0.0.8'], f'<networkInterface>{NIC}</networkInterface>',
     {'SubnetId': 'subnet-1', 'Description': 'x', 'SecurityGroupId.1': 'sg-1',
      'SecurityGroupId.2': 'sg-2',
      'PrivateIpAddresses.1.PrivateIpAddress': '10.0.0.7',
      'PrivateIpAddresses.1.Primary': 'true',
      'PrivateIpAddresses.2.PrivateIpAddress': '10.0.0.8',
      'PrivateIpAddresses.2.Primary': 'false'}, NIC_ROWS),
    ('euca-delete-network-interface', ['eni-1'], OK,
     {'NetworkInterfaceId': 'eni-1'}, []),
    ('euca-describe-network-interfaces', ['--filter', 'attachment.status='
                                          'attached'],
     item_set('networkInterfaceSet', NIC),
     {'Filter.1.Name': 'attachment.status', 'Filter.1.Value.1': 'attached'},
     NIC_ROWS),
    ('euca-attach-network-interface', ['-i', 'i-1', '-d', '1', 'eni-1'],
     '<attachmentId>eni-attach-1</attachmentId>',
     {'InstanceId': 'i-1', 'DeviceIndex': '1', 'NetworkInterfaceId': 'eni-1'},
     ['eni-attach-1']),
    ('euca-detach-network-interface', ['eni-attach-1', '-f'], OK,
     {'AttachmentId': 'eni-attach-1', 'Force': 'true'}, []),
    ('euca-describe-network-interface-attribute', ['eni-1', '--group-set'],
     '<networkInterfaceId>eni-1</networkInterfaceId><groupSet><item><groupId>'
     'sg-1</groupId><groupName>web</groupName></item></groupSet>',
     {'NetworkInterfaceId': 'eni-1', 'Attribute': 'groupSet'},
     ['NETWORKINTERFACE\teni-1\tgroupSet', 'GROUP\tsg-1\tweb']),
    ('euca-modify-network-interface-attribute', [
        'eni-1', '-a', 'eni-attach-1', '--delete-on-termination', 'false'],
     OK, {'NetworkInterfaceId': 'eni-1',
          'Attachment.AttachmentId': 'eni-attach-1',
          'Attachment.DeleteOnTermination': 'false'}, []),
    ('euca-reset-network-interface-attribute', ['eni-1',
                                                '--source-dest-check'], OK,
     {'NetworkInterfaceId': 'eni-1', 'Attribute': 'sourceDestCheck'},
     ['sourceDestCheck\teni-1\tRESET']),
    ('euca-assign-private-ip-addresses', ['eni-1', '--secondary-count', '2',
                                          '--allow-reassignment'], OK,
     {'NetworkInterfaceId': 'eni-1', 'SecondaryPrivateIpAddressCount': '2',
      'AllowReassignment': 'true'}, []),
    ('euca-unassign-private-ip-addresses', [
        '-n', 'eni-1', '--secondary-address', '10.0.0.8',
        '--secondary-private-ip-address', '10.0.0.9'], OK,
     {'NetworkInterfaceId': 'eni-1', 'PrivateIpAddress.1': '10.0.0.8',
      'PrivateIpAddress.2': '10.0.0.9'}, []),
    # DHCP options
    ('euca-create-dhcp-options', ['domain-name=example.com',
                                  'ntp-servers=10.0.0.1,10.0.0.2'],
     f'<dhcpOptions>{DOPT}</dhcpOptions>',
     {'DhcpConfiguration.1.Key': 'domain-name',
      'DhcpConfiguration.1.Value.1': 'example.com',
      'DhcpConfiguration.2.Key': 'ntp-servers',
      'DhcpConfiguration.2.Value.1': '10.0.0.1',
      'DhcpConfiguration.2.Value.2': '10.0.0.2'}, DOPT_ROWS),
    ('euca-delete-dhcp-options', ['dopt-1'], OK, {'DhcpOptionsId': 'dopt-1'},
     []),
    ('euca-describe-dhcp-options', ['--filter', 'key=domain-name'],
     item_set('dhcpOptionsSet', DOPT),
     {'Filter.1.Name': 'key', 'Filter.1.Value.1': 'domain-name'}, DOPT_ROWS),
    ('euca-associate-dhcp-options', ['dopt-1', '-c', 'vpc-1'], OK,
     {'DhcpOptionsId': 'dopt-1', 'VpcId': 'vpc-1'},
     ['DHCPOPTIONS\tdopt-1\tvpc-1']),
    # VPC peering
    ('euca-create-vpc-peering-connection', ['-c', 'vpc-1', '-p', 'vpc-2',
                                            '-o', '444455556666'],
     f'<vpcPeeringConnection>{PCX}</vpcPeeringConnection>',
     {'VpcId': 'vpc-1', 'PeerVpcId': 'vpc-2', 'PeerOwnerId': '444455556666'},
     PCX_ROWS),
    ('euca-accept-vpc-peering-connection', ['pcx-1'],
     f'<vpcPeeringConnection>{PCX}</vpcPeeringConnection>',
     {'VpcPeeringConnectionId': 'pcx-1'}, PCX_ROWS),
    ('euca-reject-vpc-peering-connection', ['pcx-1'], OK,
     {'VpcPeeringConnectionId': 'pcx-1'}, []),
    ('euca-delete-vpc-peering-connection', ['pcx-1'], OK,
     {'VpcPeeringConnectionId': 'pcx-1'}, []),
    ('euca-describe-vpc-peering-connections', ['--filter',
                                               'status-code=active'],
     item_set('vpcPeeringConnectionSet', PCX),
     {'Filter.1.Name': 'status-code', 'Filter.1.Value.1': 'active'},
     PCX_ROWS),
]


test_request_and_rows = EC2.table_test(CASES)


def test_every_vpc_command_has_a_case():
    names = {case[0] for case in CASES}
    assert len(names) == len(CASES) == 67


@pytest.mark.parametrize('name, argv, message', [
    ('euca-modify-vpc-attribute', ['-d', 'true'], '-c/--vpc is required'),
    ('euca-modify-vpc-attribute', ['vpc-1', '-c', 'vpc-2', '-d', 'true'],
     'unrecognized arguments: vpc-1'),
    ('euca-modify-vpc-attribute', ['vpc-1', '-d', 'maybe'], 'not true or'),
    ('euca-create-subnet', ['-c', 'vpc-1'], 'argument CIDR is required'),
    ('euca-assign-private-ip-addresses', ['--secondary-count', '1'],
     '-n/--network-interface is required'),
    ('euca-assign-private-ip-addresses', ['eni-1', '--secondary-count', '1',
                                          '--secondary-address', '10.0.0.1'],
     'not allowed with'),
    ('euca-create-route', ['rtb-1', '-r', '0.0.0.0/0'], 'one of the '
     'arguments'),
    ('euca-create-network-acl-entry', ['acl-1', '-n', '1', '--allow', '-r',
                                       '0.0.0.0/0', '-P', 'tcp'],
     '-p/--port-range is required'),
    ('euca-create-network-acl-entry', ['acl-1', '-n', '1', '--allow', '-r',
                                       '0.0.0.0/0', '-P', 'nosuchproto'],
     'unknown protocol'),
    ('euca-replace-network-acl-entry', ['acl-1', '-n', '1', '--deny', '-r',
                                        '0.0.0.0/0', '-P', 'icmp', '-p',
                                        '22'], 'not compatible'),
    ('euca-modify-network-interface-attribute', ['eni-1', '-a', 'eni-a-1'],
     'also requires --delete-on-termination'),
    ('euca-modify-network-interface-attribute', [
        'eni-1', '-d', 'x', '--delete-on-termination', 'true'],
     'may only be used with -a'),
    ('euca-create-dhcp-options', ['domain=example.com'], 'not a DHCP option'),
    ('euca-create-dhcp-options', ['domain-name'], 'KEY=VALUE'),
    ('euca-create-vpn-gateway', ['-t', 'ipsec.2'], 'invalid choice'),
])
def test_usage_errors(inprocess, name, argv, message):
    code, stdout, stderr = inprocess(command(name), argv)
    assert code == 2
    assert message in stderr
    assert stdout == ''


@responses.activate
def test_network_acl_icmp_entry_with_dash_values(inprocess):
    responses.post(URL, body=ec2_xml('CreateNetworkAclEntry', OK))
    code, out, _ = inprocess(command('euca-create-network-acl-entry'), [
        'acl-1', '-n', '5', '--allow', '-r', '0.0.0.0/0', '-P', '1', '-t',
        '-1:-1'])
    assert code == 0
    params = sent()
    assert (params['Protocol'], params['Icmp.Type'], params['Icmp.Code']) == \
        ('1', '-1', '-1')
    assert 'PortRange.From' not in params
    assert out == 'ENTRY\tingress\t5\tallow\t0.0.0.0/0\ticmp\t-1\t-1\n'


@responses.activate
def test_network_interface_attachment_attribute(inprocess):
    # euca2ools 3.4's ATTACHMENT row here has no instance ID column.
    responses.post(URL, body=ec2_xml(
        'DescribeNetworkInterfaceAttribute',
        '<networkInterfaceId>eni-1</networkInterfaceId><attachment>'
        '<attachmentId>eni-attach-1</attachmentId><instanceId>i-1'
        '</instanceId><deviceIndex>1</deviceIndex><status>attached</status>'
        '<attachTime>2016-01-01T00:00:00Z</attachTime><deleteOnTermination>'
        'true</deleteOnTermination></attachment>'))
    code, out, _ = inprocess(
        command('euca-describe-network-interface-attribute'), ['eni-1', '-a'])
    assert code == 0
    assert sent()['Attribute'] == 'attachment'
    assert out.splitlines() == [
        'NETWORKINTERFACE\teni-1\tattachment',
        'ATTACHMENT\teni-attach-1\t1\tattached\t2016-01-01T00:00:00Z\ttrue']


@responses.activate
def test_network_acl_sctp_entry_has_no_ports(inprocess):
    # euca2ools 3.4 parses ports only for tcp, udp and icmp.
    responses.post(URL, body=ec2_xml('CreateNetworkAclEntry', OK))
    code, out, _ = inprocess(command('euca-create-network-acl-entry'), [
        'acl-1', '-n', '7', '--allow', '-r', '0.0.0.0/0', '-P', '132'])
    assert code == 0
    params = sent()
    assert params['Protocol'] == '132'
    assert not any(key.startswith(('PortRange', 'Icmp')) for key in params)
    assert out == 'ENTRY\tingress\t7\tallow\t0.0.0.0/0\tsctp\t\t\n'


@responses.activate
def test_network_acl_icmp_entry_prints_type_then_code(inprocess):
    # Built from the request, the row has the type first (unlike describe).
    responses.post(URL, body=ec2_xml('ReplaceNetworkAclEntry', OK))
    code, out, _ = inprocess(command('euca-replace-network-acl-entry'), [
        'acl-1', '-n', '5', '--deny', '-r', '0.0.0.0/0', '-P', 'icmp', '-t',
        '8:3', '--egress'])
    assert code == 0
    params = sent()
    assert (params['Icmp.Type'], params['Icmp.Code'], params['Egress']) == \
        ('8', '3', 'true')
    assert out == 'ENTRY\tegress\t5\tdeny\t0.0.0.0/0\ticmp\t8\t3\n'


@responses.activate
def test_network_acl_entry_port_by_service_name(inprocess):
    responses.post(URL, body=ec2_xml('ReplaceNetworkAclEntry', OK))
    code, out, _ = inprocess(command('euca-replace-network-acl-entry'), [
        'acl-1', '-n', '7', '--allow', '-r', '0.0.0.0/0', '-P', '6', '-p',
        'ssh'])
    assert code == 0
    assert (sent()['PortRange.From'], sent()['PortRange.To']) == ('22', '22')
    assert out == 'ENTRY\tingress\t7\tallow\t0.0.0.0/0\ttcp\t22\t22\n'


@responses.activate
def test_create_route_to_a_gateway_and_subnet_by_positional(inprocess):
    responses.post(URL, body=ec2_xml('CreateRoute', OK))
    responses.post(URL, body=ec2_xml('CreateSubnet',
                                     f'<subnet>{SUBNET}</subnet>'))
    code, out, _ = inprocess(command('euca-create-route'), [
        'rtb-1', '-r', '0.0.0.0/0', '-g', 'igw-1'])
    assert (code, out) == (0, 'ROUTE\tigw-1\t0.0.0.0/0\n')
    assert sent()['GatewayId'] == 'igw-1'
    code, _, _ = inprocess(command('euca-create-subnet'),
                           ['10.0.1.0/24', '-c', 'vpc-1'])
    assert code == 0 and sent(1)['CidrBlock'] == '10.0.1.0/24'


@responses.activate
def test_describe_nat_gateways_fetches_every_page(inprocess):
    first = NAT.replace('nat-1', 'nat-a')
    responses.post(URL, body=ec2_xml(
        'DescribeNatGateways', item_set('natGatewaySet', first)
        + '<nextToken>page2</nextToken>'))
    responses.post(URL, body=ec2_xml('DescribeNatGateways',
                                     item_set('natGatewaySet', NAT)))
    code, out, _ = inprocess(command('euca-describe-nat-gateways'), [])
    assert code == 0
    assert [line.split('\t')[1] for line in out.splitlines()
            if line.startswith('NATGATEWAY\t')] == ['nat-a', 'nat-1']
    assert sent(1)['NextToken'] == 'page2'


# -- VPN connection information ---------------------------------------------

STYLESHEET = b'''<?xml version="1.0"?>
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/vpn_connection">tunnel for <xsl:value-of
      select="@id"/> (FORMAT)</xsl:template>
</xsl:stylesheet>
'''


def _vpn_describe(inprocess, argv, env=None):
    responses.post(URL, body=ec2_xml('DescribeVpnConnections',
                                     item_set('vpnConnectionSet', VPN)))
    return inprocess(command('euca-describe-vpn-connections'), argv, env=env)


@responses.activate
def test_vpn_connection_format_xml_and_none(inprocess):
    code, out, _ = _vpn_describe(inprocess, ['--format', 'xml'])
    assert (code, out.splitlines()) == (0, [VPN_ROW, VPN_CONFIG, VPN_TAG])
    responses.post(URL, body=ec2_xml('CreateVpnConnection',
                                     f'<vpnConnection>{VPN}</vpnConnection>'))
    code, out, _ = inprocess(command('euca-create-vpn-connection'), [
        '-t', 'ipsec.1', '--customer-gateway', 'cgw-1', '--vpn-gateway',
        'vgw-1', '--format', 'none'])
    assert (code, out.splitlines()) == (0, [VPN_ROW, VPN_TAG])


@responses.activate
def test_vpn_connection_stylesheet_from_file(inprocess, tmp_path):
    path = tmp_path / 'generic.xsl'
    path.write_bytes(STYLESHEET.replace(b'FORMAT', b'generic'))
    code, out, err = _vpn_describe(inprocess, [
        '--format', 'generic', '--stylesheet',
        str(tmp_path / '{format}.xsl')])
    assert (code, err) == (0, '')
    assert out.splitlines() == [VPN_ROW, 'tunnel for vpn-1 (generic)',
                                VPN_TAG]


@responses.activate
def test_vpn_connection_stylesheet_from_region_url(inprocess, home):
    responses.get('http://styles.test/cisco-ios-isr.xsl',
                  body=STYLESHEET.replace(b'FORMAT', b'cisco'))
    (home / '.euca' / 'vpn.ini').write_text(
        '[region test]\nec2-url = http://cloud.test/\n'
        'vpn-stylesheet = http://styles.test/{format}.xsl\n')
    code, out, err = _vpn_describe(inprocess, ['--format', 'cisco-ios-isr'],
                                   env={'EUCA_DEFAULT_REGION': 'test'})
    assert (code, err) == (0, '')
    assert out.splitlines()[1] == 'tunnel for vpn-1 (cisco)'


@responses.activate
def test_vpn_connection_format_without_stylesheet_warns(inprocess):
    code, out, err = _vpn_describe(inprocess, ['--format', 'generic'])
    assert code == 0
    assert out.splitlines() == [VPN_ROW, VPN_TAG]
    assert 'no XSLT stylesheet' in err


@responses.activate
def test_vpn_connection_missing_stylesheet_is_a_client_error(inprocess,
                                                              tmp_path):
    code, out, err = _vpn_describe(inprocess, [
        '--stylesheet', str(tmp_path / 'missing.xsl')])
    assert code == 1
    assert 'cannot read stylesheet' in err
    assert 'Traceback' not in err
