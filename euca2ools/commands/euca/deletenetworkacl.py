from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteNetworkAcl(EC2Request):
    COMMAND = 'euca-delete-network-acl'
    ACTION = 'DeleteNetworkAcl'
    DESCRIPTION = 'Delete a VPC network ACL'
    ARGS = [Arg('NetworkAclId', metavar='ACL',
                help='ID of the network ACL to delete (required)')]
