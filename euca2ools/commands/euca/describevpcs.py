from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeVpcs(RowsRequest):
    COMMAND = 'euca-describe-vpcs'
    ACTION = 'DescribeVpcs'
    DESCRIPTION = 'Show information about VPCs'
    ARGS = [Arg('VpcId', metavar='VPC', nargs='*',
                help='limit results to specific VPCs')]
    FILTERS = filters('cidr', 'dhcp-options-id', 'isDefault', 'state',
                      'tag-key', 'tag-value', 'tag:KEY', 'vpc-id')
    RESULT = 'vpcSet'
    ROWS = rows.vpc
