from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class ReplaceNetworkAclAssociation(EC2Request):
    COMMAND = 'euca-replace-network-acl-association'
    ACTION = 'ReplaceNetworkAclAssociation'
    DESCRIPTION = 'Associate a new VPC network ACL with a subnet'
    ARGS = [Arg('AssociationId', metavar='ACLASSOC',
                help='ID of the network ACL association to replace '
                     '(required)'),
            Arg('-a', '--network-acl', dest='NetworkAclId', metavar='ACL',
                required=True, help='ID of the network ACL to associate '
                'with the subnet (required)')]

    def print_result(self, result):
        self.print_row('ASSOCIATION', result.get('newAssociationId'),
                       self.args['NetworkAclId'])
