from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateVpc(RowsRequest):
    COMMAND = 'euca-create-vpc'
    ACTION = 'CreateVpc'
    DELIVERS = ('vpc.vpcId',)
    CHECK_WITH = 'euca-describe-vpcs'
    DESCRIPTION = 'Create a new VPC'
    ARGS = [Arg('CidrBlock', metavar='CIDR',
                help='address CIDR block for the new VPC (required)'),
            Arg('--tenancy', dest='InstanceTenancy',
                choices=('default', 'dedicated'),
                help='the type of instance tenancy to use')]
    RESULT = 'vpc'
    ROWS = rows.vpc
