from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class CreateNetworkAcl(RowsRequest):
    COMMAND = 'euca-create-network-acl'
    ACTION = 'CreateNetworkAcl'
    DESCRIPTION = 'Create a new VPC network ACL'
    ARGS = [Arg('VpcId', metavar='VPC',
                help='ID of the VPC to create the network ACL in (required)')]
    RESULT = 'networkAcl'
    ROWS = rows.network_acl
