"""euca-authorize and euca-revoke: one rule, built from the command line."""

import re
import socket

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList, UsageError
from euca2ools.commands.euca import EC2Request

PORT_PROTOCOLS = ('tcp', 'udp', 'sctp', '6', '17', '132')
ICMP_PROTOCOLS = ('icmp', '1')


def parse_ports(protocol, port_range=None, icmp_type_code=None):
    """(from_port, to_port) for a rule, or (None, None) for other protocols.

    Option names in messages match both security group and network ACL
    commands, which share them.
    """
    protocol = str(protocol).lower()
    if protocol in ICMP_PROTOCOLS:
        if port_range:
            raise UsageError('argument -p/--port-range: not compatible with '
                             f'protocol "{protocol}"')
        parts = (icmp_type_code or '-1:-1').split(':')
        try:
            low, high = (int(p) for p in parts)
        except ValueError:
            raise UsageError('argument -t/--icmp-type-code: value must have '
                             'format "TYPE:CODE", e.g. "8:0" or "-1:-1"')
        if low < -1 or high < -1:
            raise UsageError('argument -t/--icmp-type-code: ICMP type and '
                             'code must be at least -1')
        return low, high
    if protocol in PORT_PROTOCOLS:
        if icmp_type_code:
            raise UsageError('argument -t/--icmp-type-code: not compatible '
                             f'with protocol "{protocol}"')
        if not port_range:
            raise UsageError('argument -p/--port-range is required for '
                             f'protocol "{protocol}"')
        if ':' in port_range:
            raise UsageError('argument -p/--port-range: a range of ports is '
                             'written FROM-TO, not FROM:TO')
        low, high = _port_range(port_range, protocol)
        if low < -1 or high < -1:
            raise UsageError('argument -p/--port-range: port numbers must be '
                             'at least -1')
        # -1 means "all ports" for tcp and udp.
        return (1 if low == -1 else low), (65535 if high == -1 else high)
    return None, None


def _port_range(text, protocol):
    match = re.fullmatch(r'(-?\d+)(?:-(-?\d+))?', text)
    if match:
        low = int(match.group(1))
        return low, int(match.group(2) or low)
    if not protocol.isdigit():
        try:
            port = socket.getservbyname(text, protocol)
            return port, port
        except OSError:
            pass
    raise UsageError(f'argument -p/--port-range: {text!r} is neither a port '
                     'number, a range of ports, nor a known service name')


class SecurityGroupRuleRequest(EC2Request):
    ARGS = [
        Arg('group', metavar='GROUP', route_to=LOCAL,
            complete='security-group',
            help='name or ID of the security group to modify (required)'),
        Arg('--egress', action='store_true', route_to=LOCAL,
            help='[VPC only] manage an egress rule, which controls traffic '
                 'leaving the group'),
        Arg('-P', '--protocol', metavar='PROTOCOL', default='tcp',
            route_to=LOCAL,
            help='the protocol to affect (Non-VPC: tcp, udp, icmp) (VPC '
                 'only: tcp, udp, icmp, -1/all, other protocol numbers) '
                 '(default: tcp)'),
        Arg('-p', '--port-range', metavar='RANGE', route_to=LOCAL,
            dash_value=True,
            help='range of ports (specified as "from-to") or a single port '
                 'number or service name (required for tcp and udp)'),
        Arg('-t', '--icmp-type-code', metavar='TYPE:CODE', route_to=LOCAL,
            dash_value=True,
            help='ICMP type and code (specified as "type:code") (default '
                 'for icmp: -1:-1)'),
        MutuallyExclusiveArgList(
            Arg('-s', '--cidr', metavar='CIDR', route_to=LOCAL,
                help='IP range (default: 0.0.0.0/0 unless -o is given)'),
            Arg('-o', dest='source_group', metavar='GROUP', route_to=LOCAL,
                complete='security-group',
                help='name or ID of a security group to allow traffic '
                     'from')),
        Arg('-u', dest='source_user', metavar='ACCOUNT', route_to=LOCAL,
            help='ID of the account that owns the security group given '
                 'with -o')]

    INGRESS_ACTION = EGRESS_ACTION = None

    def configure(self):
        args = self.args
        self.ACTION = (self.EGRESS_ACTION if args.get('egress')
                       else self.INGRESS_ACTION)
        if args.get('egress') and not args['group'].startswith('sg-'):
            raise UsageError('egress rules must name the group by ID '
                             '(sg-...), not by name')
        source = args.get('source_group')
        if source and not source.startswith('sg-'):
            if args.get('egress'):
                raise UsageError('argument -o: egress rules must use group '
                                 'IDs, not names')
        if args.get('source_user') and not source:
            raise UsageError('argument -u: only allowed with -o')

    def preprocess(self):
        args = self.args
        group = args['group']
        self.params['GroupId' if group.startswith('sg-') else 'GroupName'] = \
            group
        protocol = str(args.get('protocol') or 'tcp').lower()
        if protocol in ('all', '-1'):
            protocol = '-1'
        elif not protocol.isdigit() and protocol not in (
                'tcp', 'udp', 'icmp', 'sctp'):
            try:
                protocol = str(socket.getprotobyname(protocol))
            except OSError:
                raise UsageError(f'argument -P/--protocol: no such protocol: '
                                 f'{protocol}')
        from_port, to_port = parse_ports(protocol, args.get('port_range'),
                                         args.get('icmp_type_code'))
        perm = {'IpProtocol': protocol, 'FromPort': from_port,
                'ToPort': to_port}
        source = args.get('source_group')
        if source:
            # Only the named group: unlike euca2ools 3.x, no 0.0.0.0/0 too.
            pair = {'UserId': args.get('source_user')}
            pair['GroupId' if source.startswith('sg-') else 'GroupName'] = \
                source
            perm['Groups'] = [pair]
        else:
            perm['IpRanges'] = [{'CidrIp': args.get('cidr') or '0.0.0.0/0'}]
        self.params['IpPermissions'] = [perm]

    def print_result(self, result):
        perm = self.params['IpPermissions'][0]
        self.print_row('GROUP', self.args['group'])
        row = ['PERMISSION', self.args['group'], 'ALLOWS',
               perm['IpProtocol'], perm['FromPort'], perm['ToPort']]
        for pair in perm.get('Groups') or []:
            for label, key in (('USER', 'UserId'), ('NAME', 'GroupName'),
                               ('ID', 'GroupId')):
                if pair.get(key):
                    row += [label, pair[key]]
        for iprange in perm.get('IpRanges') or []:
            row += ['FROM', 'CIDR', iprange['CidrIp']]
        self.print_row(*row)
