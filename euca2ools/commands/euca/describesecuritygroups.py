from euca2ools.core import LOCAL, Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeSecurityGroups(EC2Request):
    COMMAND = 'euca-describe-groups'
    EXAMPLES = (
        ('Show every security group and its rules',
         'euca-describe-groups'),
        ('Show one group by name',
         'euca-describe-groups web'),
        ('Show the groups of a VPC',
         'euca-describe-groups --filter vpc-id=vpc-0123456789abcdef0'),
    )
    ROW_TYPES = ('GROUP', 'PERMISSION', 'TAG')
    ALIASES = ('euca-describe-group',)
    ACTION = 'DescribeSecurityGroups'
    STREAM = 'securityGroupInfo'
    DESCRIPTION = 'Show information about security groups'
    ARGS = [Arg('group', metavar='GROUP', nargs='*', route_to=LOCAL,
                complete='security-group',
                help='limit results to specific security groups (names or '
                     'IDs)')]
    FILTERS = filters(
        'description', 'group-id', 'group-name', 'ip-permission.cidr',
        'ip-permission.from-port', 'ip-permission.group-name',
        'ip-permission.group-id', 'ip-permission.protocol',
        'ip-permission.to-port', 'ip-permission.user-id', 'owner-id',
        'tag-key', 'tag-value', 'tag:KEY', 'vpc-id')

    def preprocess(self):
        groups = self.args.get('group') or []
        self.params['GroupId'] = [g for g in groups if g.startswith('sg-')]
        self.params['GroupName'] = [g for g in groups
                                    if not g.startswith('sg-')]

    def print_result(self, result):
        for group in result.get('securityGroupInfo') or []:
            self.print_rows(rows.security_group(group))
