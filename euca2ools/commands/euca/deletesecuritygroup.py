from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca import EC2Request


class DeleteSecurityGroup(EC2Request):
    COMMAND = 'euca-delete-group'
    ACTION = 'DeleteSecurityGroup'
    DESCRIPTION = 'Delete a security group'
    ARGS = [Arg('group', metavar='GROUP', route_to=LOCAL,
                complete='security-group',
                help='name or ID of the security group to delete (required)')]

    def preprocess(self):
        key = 'GroupId' if self.args['group'].startswith('sg-') \
            else 'GroupName'
        self.params[key] = self.args['group']

    def print_result(self, result):
        # HTTP 200 is success; some servers (moto) omit <return>.
        self.print_row('RETURN', result.get('return') or 'true')
