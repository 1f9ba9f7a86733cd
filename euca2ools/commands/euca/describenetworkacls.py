from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeNetworkAcls(RowsRequest):
    COMMAND = 'euca-describe-network-acls'
    ACTION = 'DescribeNetworkAcls'
    DESCRIPTION = 'Describe one or more network ACLs'
    ARGS = [Arg('NetworkAclId', metavar='NACL', nargs='*',
                help='limit results to specific network ACLs')]
    FILTERS = filters(
        'association.association-id', 'association.network-acl-id',
        'association.subnet-id', 'default', 'entry.cidr', 'entry.egress',
        'entry.icmp.code', 'entry.icmp.type', 'entry.port-range.from',
        'entry.port-range.to', 'entry.protocol', 'entry.rule-action',
        'entry.rule-number', 'network-acl-id', 'tag-key', 'tag-value',
        'tag:KEY', 'vpc-id')
    RESULT = 'networkAclSet'
    ROWS = rows.network_acl
