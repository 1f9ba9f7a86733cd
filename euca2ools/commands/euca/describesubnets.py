from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeSubnets(RowsRequest):
    COMMAND = 'euca-describe-subnets'
    ACTION = 'DescribeSubnets'
    DESCRIPTION = 'Show information about one or more VPC subnets'
    ARGS = [Arg('SubnetId', metavar='SUBNET', nargs='*',
                help='limit results to specific subnets')]
    FILTERS = filters(
        'availability-zone', 'available-ip-address-count', 'cidr-block',
        'cidr', 'cidrBlock', 'default-for-az', 'state', 'subnet-id',
        'tag-key', 'tag-value', 'tag:KEY', 'vpc-id')
    RESULT = 'subnetSet'
    ROWS = rows.subnet
