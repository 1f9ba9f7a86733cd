"""What the VPC networking commands share: printing a response object with
its row type, an ID given either positionally or by option, network ACL
entries, routes, and the VPN connection's customer gateway configuration."""

import argparse
import socket
import sys

from euca2ools.core import (LOCAL, PARAMS, Arg, ClientError,
                            MutuallyExclusiveArgList, UsageError)
from euca2ools.core.args import iter_args
from euca2ools.commands.euca import EC2Request, rows
from euca2ools.commands.euca._securitygrouprule import (
    SecurityGroupRuleRequest, parse_ports)


class RowsRequest(EC2Request):
    """Prints the response element RESULT (one object or a list of them)
    with the row function ROWS, e.g. ``RESULT = 'vpcSet'; ROWS = rows.vpc``.
    """
    RESULT = None
    ROWS = None

    def items(self, result):
        found = result.get(self.RESULT)
        for item in found if isinstance(found, list) else [found]:
            if isinstance(item, dict):
                yield item

    def print_result(self, result):
        # Looked up on the class, ROWS is the plain function (no self).
        row_function = type(self).ROWS
        for item in self.items(result):
            self.print_rows(row_function(item))


class PositionalOrOptionRequest(EC2Request):
    """A required value that may come as a (hidden) positional argument or
    as an option; upstream accepts both spellings.

    POSITIONAL is the positional's dest (routed LOCAL), PARAM the query
    parameter the option fills and OPTION the option's name for messages.
    """
    POSITIONAL = PARAM = OPTION = None

    def configure(self):
        positional = self.args.get(self.POSITIONAL)
        if positional:
            if self.params.get(self.PARAM):
                raise UsageError(f'unrecognized arguments: {positional}')
            self.params[self.PARAM] = positional
        if not self.params.get(self.PARAM):
            raise UsageError(f'argument {self.OPTION} is required')


def hidden_positional(dest):
    return Arg(dest, nargs='?', route_to=LOCAL, help=argparse.SUPPRESS)


# -- routes -----------------------------------------------------------------

class RouteRequest(EC2Request):
    """euca-create-route and euca-replace-route."""
    ARGS = [Arg('RouteTableId', metavar='RTABLE',
                help='ID of the route table to affect (required)'),
            Arg('-r', '--cidr', dest='DestinationCidrBlock', metavar='CIDR',
                required=True,
                help='CIDR address block the route should affect (required)'),
            MutuallyExclusiveArgList(
                Arg('-g', '--gateway-id', dest='GatewayId', metavar='GATEWAY',
                    help='ID of an Internet gateway or virtual private '
                         'gateway to target'),
                Arg('-i', '--instance', dest='InstanceId', metavar='INSTANCE',
                    help='ID of a NAT instance to target'),
                Arg('-n', '--network-interface', dest='NetworkInterfaceId',
                    metavar='NETWORKINTERFACEID',
                    help='ID of a network interface to target'),
                Arg('-p', '--vpc-peering-connection', metavar='PEERCON',
                    dest='VpcPeeringConnectionId',
                    help='ID of a VPC peering connection to target'))
            .required()]

    def print_result(self, result):
        # Built from the request: the response holds only "true".
        self.print_row('ROUTE', rows.route_target(_lower_keys(self.params)),
                       self.params['DestinationCidrBlock'])


def _lower_keys(params):
    return {key[:1].lower() + key[1:]: value for key, value in params.items()}


class VgwRoutePropagationRequest(EC2Request):
    """euca-enable-vgw-route-propagation and -disable-."""
    ARGS = [Arg('--route-table', dest='RouteTableId', metavar='RTABLE',
                required=True, help='ID of the route table (required)'),
            Arg('--vgw', dest='GatewayId', metavar='VGATEWAY', required=True,
                help='ID of the virtual private gateway (required)')]


class VpnConnectionRouteRequest(EC2Request):
    """euca-create-vpn-connection-route and -delete-."""
    ARGS = [Arg('--vpn-connection', dest='VpnConnectionId', metavar='VPNCONN',
                required=True, help='ID of the VPN connection (required)'),
            Arg('--cidr', dest='DestinationCidrBlock', metavar='CIDR',
                required=True, help='CIDR address block of the network '
                'behind the customer gateway (required)')]


# -- internet and VPN gateways ---------------------------------------------

def vpc_option(what):
    return Arg('-c', '--vpc', dest='VpcId', metavar='VPC', required=True,
               help=f'ID of the VPC {what} (required)')


def gateway_vpc_args(dest, metavar, gateway, verb):
    """-c VPC and the gateway positional of attach/detach commands."""
    preposition = 'to' if verb == 'attach' else 'from'
    return [vpc_option(f'to {verb} the {gateway} {preposition}'),
            Arg(dest, metavar=metavar,
                help=f'ID of the {gateway} to {verb} (required)')]


# -- network ACL entries ----------------------------------------------------

def _rule_arg(dest):
    """-p/--port-range and -t/--icmp-type-code, as euca-authorize has them."""
    return next(arg for arg in iter_args(SecurityGroupRuleRequest.ARGS)
                if arg.dest == dest)


class NetworkAclEntryRequest(EC2Request):
    """euca-create-network-acl-entry and euca-replace-network-acl-entry."""
    ARGS = [Arg('NetworkAclId', metavar='NACL',
                help='ID of the network ACL (required)'),
            Arg('-n', '--rule-number', dest='RuleNumber', metavar='INT',
                required=True, type=int,
                help='rule number of the entry (required)'),
            MutuallyExclusiveArgList(
                Arg('--allow', dest='RuleAction', action='store_const',
                    const='allow',
                    help='make the entry allow the traffic it matches'),
                Arg('--deny', dest='RuleAction', action='store_const',
                    const='deny',
                    help='make the entry block the traffic it matches'))
            .required(),
            Arg('-r', '--cidr', dest='CidrBlock', metavar='CIDR',
                required=True,
                help='CIDR address range the entry should affect (required)'),
            Arg('-P', '--protocol', metavar='PROTOCOL', default='-1',
                route_to=LOCAL,
                help='protocol the entry should apply to: a name, a number '
                     'or all/-1 (default: all)'),
            Arg('--egress', dest='Egress', action='store_true', default=False,
                help='make the entry affect outgoing (egress) traffic '
                     '(default: incoming (ingress) traffic)'),
            _rule_arg('port_range'), _rule_arg('icmp_type_code')]

    def configure(self):
        protocol = protocol_number(self.args.get('protocol') or '-1')
        self.params['Protocol'] = protocol
        # Ports and ICMP codes belong to tcp, udp and icmp only; as in
        # euca2ools 3.4, other protocols (sctp too) ignore -p and -t.
        low = high = None
        if protocol in ('1', '6', '17'):
            # By name, so that service names work for -p ("-P tcp -p ssh").
            low, high = parse_ports(rows.PROTOCOL_NAMES[protocol],
                                    self.args.get('port_range'),
                                    self.args.get('icmp_type_code'))
        if protocol == '1':
            self.params['Icmp'] = {'Type': low, 'Code': high}
        else:
            self.params['PortRange'] = {'From': low, 'To': high}

    def print_result(self, result):
        params = self.params
        entry = {'egress': params.get('Egress'),
                 'ruleNumber': params['RuleNumber'],
                 'ruleAction': params['RuleAction'],
                 'cidrBlock': params['CidrBlock'],
                 'protocol': params['Protocol']}
        if 'Icmp' in params:
            entry['icmpTypeCode'] = {'type': params['Icmp']['Type'],
                                     'code': params['Icmp']['Code']}
        else:
            entry['portRange'] = {'from': params['PortRange']['From'],
                                  'to': params['PortRange']['To']}
        self.print_row(*rows.network_acl_entry(entry, icmp_type_first=True))


def protocol_number(text):
    """A protocol name or number as the number string ACLs want."""
    text = str(text).strip().lower()
    if text in ('all', '-1'):
        return '-1'
    if text.isdigit():
        return text
    try:
        return str(socket.getprotobyname(text))
    except OSError:
        raise UsageError(f'argument -P/--protocol: unknown protocol "{text}"')


# -- VPN connections: the customer gateway configuration --------------------

class VpnConnectionRequest(RowsRequest):
    """Prints VPN connections with their customer gateway configuration,
    raw or transformed with an XSLT stylesheet (--format/--stylesheet or
    the region's vpn-stylesheet option)."""
    ARGS = [Arg('--format', metavar='FORMAT', route_to=LOCAL,
                help='show connection information in a specific format '
                     '(cisco-ios-isr, juniper-junos-j, juniper-screenos-6.1, '
                     'juniper-screenos-6.2, generic, xml, none)'),
            Arg('--stylesheet', metavar='STYLESHEET', route_to=LOCAL,
                help='format the connection information with an XSL '
                     'stylesheet (a file or an HTTP(S) URL); "{format}" in '
                     'it is replaced with the --format value (default: the '
                     'region\'s "vpn-stylesheet" option)')]
    RESULT = 'vpnConnectionSet'
    SHOW_CONFIG_BY_DEFAULT = False   # without --format
    _transform = None

    def configuration_plan(self):
        """(show the configuration?, stylesheet location or None)."""
        fmt = self.args.get('format')
        stylesheet = self.args.get('stylesheet')
        if fmt is None:
            return self.SHOW_CONFIG_BY_DEFAULT or bool(stylesheet), stylesheet
        if fmt == 'none':
            return False, None
        if fmt == 'xml':
            return True, None
        stylesheet = (stylesheet or
                      self.context.regionuser.get_option('vpn-stylesheet'))
        if not stylesheet:
            print(f'{self.prog_name()}: warning: the current region has no '
                  'XSLT stylesheet to format the connection information, so '
                  'it is not shown (give one with --stylesheet or use '
                  '--format xml)', file=self.context.stderr or sys.stderr)
            return False, None
        return True, stylesheet.replace('{format}', fmt)

    def print_result(self, result):
        show, stylesheet = self.configuration_plan()
        for vpn in self.items(result):
            config = vpn.get('customerGatewayConfiguration') if show else None
            if config and stylesheet:
                config = self.transform(stylesheet, config)
            self.print_rows(rows.vpn_connection(vpn, config))

    def transform(self, stylesheet, config):
        from lxml import etree
        from euca2ools.core.xmlparse import parse_xml
        if self._transform is None:
            root = parse_xml(self.read_stylesheet(stylesheet))
            try:
                self._transform = etree.XSLT(
                    root, access_control=etree.XSLTAccessControl.DENY_ALL)
            except etree.XSLTParseError as err:
                raise ClientError(f'stylesheet {stylesheet}: {err}')
        try:
            output = self._transform(parse_xml(config.encode('utf-8')))
        except etree.XSLTApplyError as err:
            raise ClientError(f'stylesheet {stylesheet}: {err}')
        return str(output).rstrip('\n')

    def read_stylesheet(self, location):
        if location.startswith(('http://', 'https://')):
            response = self.service.http.request(
                'GET', location, lambda url: ({}, None),
                redirects='unsigned')
            if response.status_code != 200:
                raise ClientError(f'failed to fetch stylesheet {location}: '
                                  f'HTTP {response.status_code}')
            return response.content
        if location.startswith('file://'):
            location = location[len('file://'):]
        try:
            with open(location, 'rb') as fileobj:
                return fileobj.read()
        except OSError as err:
            raise ClientError(f'cannot read stylesheet {location}: '
                              f'{err.strerror}')


# -- network interfaces -----------------------------------------------------

def secondary_address_args(address_dest, what, route_to=PARAMS):
    """--secondary-address (repeatable) and --secondary-count, which the
    caller puts in a MutuallyExclusiveArgList."""
    return [Arg('--secondary-address', '--secondary-private-ip-address',
                dest=address_dest, metavar='ADDRESS', action='append',
                route_to=route_to, help=f'{what} a specific secondary '
                'private IP address (repeatable)'),
            Arg('--secondary-count', '--secondary-private-ip-address-count',
                dest='SecondaryPrivateIpAddressCount', metavar='COUNT',
                type=int, help=f'{what} a number of automatically chosen '
                'secondary private IP addresses')]


class InterfaceAddressRequest(PositionalOrOptionRequest):
    """euca-assign-private-ip-addresses and -unassign-: the interface
    comes with -n or (as upstream also allows) positionally."""
    ARGS = [Arg('-n', '--network-interface', dest='NetworkInterfaceId',
                metavar='INTERFACE',
                help='ID of the network interface (required)'),
            hidden_positional('positional_interface')]
    POSITIONAL = 'positional_interface'
    PARAM = 'NetworkInterfaceId'
    OPTION = '-n/--network-interface'
