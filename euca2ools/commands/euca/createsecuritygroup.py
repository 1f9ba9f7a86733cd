from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CreateSecurityGroup(EC2Request):
    COMMAND = 'euca-create-group'
    EXAMPLES = (
        ('Create a security group',
         "euca-create-group -d 'web servers' web"),
        ('Create a security group in a VPC',
         "euca-create-group -d 'database servers' -c vpc-0123456789abcdef0 "
         'db'),
    )
    ALIASES = ('euca-add-group',)
    ACTION = 'CreateSecurityGroup'
    DELIVERS = ('groupId',)
    CHECK_WITH = 'euca-describe-groups'
    DESCRIPTION = 'Create a new security group'
    ARGS = [Arg('GroupName', metavar='GROUP',
                help='name of the new group (required)'),
            Arg('-d', '--description', dest='GroupDescription',
                metavar='DESC', required=True,
                help='description of the new group (required)'),
            Arg('-c', '--vpc', dest='VpcId', metavar='VPC',
                help='[VPC only] ID of the VPC to create the group in')]

    def print_result(self, result):
        self.print_row('GROUP', result.get('groupId'), self.args['GroupName'],
                       self.args['GroupDescription'])
