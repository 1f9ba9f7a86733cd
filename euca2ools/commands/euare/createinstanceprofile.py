from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.commands.euare import IAMRequest, iprofile
from euca2ools.commands.euare.addroletoinstanceprofile import \
    AddRoleToInstanceProfile
from euca2ools.commands.euare.createrole import CreateRole


class CreateInstanceProfile(IAMRequest):
    COMMAND = 'euare-instanceprofilecreate'
    ACTION = 'CreateInstanceProfile'
    DESCRIPTION = 'Create a new instance profile'
    ARGS = [*iprofile('name of the new instance profile (required)',
                      complete=None),
            Arg('-p', '--path', dest='Path',
                help='path for the new instance profile (default: "/")'),
            MutuallyExclusiveArgList(
                Arg('-r', '--add-role', dest='role', metavar='ROLE',
                    complete='iam-role',
                    route_to=LOCAL,
                    help='also add a role to the new instance profile'),
                Arg('--create-role', action='store_true', route_to=LOCAL,
                    help='also create a role with the same name and path '
                         'and add it to the instance profile')),
            Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help="print the new instance profile's ARN and GUID")]

    def main(self):
        result = super().main()
        name = self.params['InstanceProfileName']
        role_name = self.args.get('role')
        if self.args.get('create_role'):
            role_name = name
            self.sub(CreateRole, RoleName=name, Path=self.params.get('Path'),
                     service='ec2.amazonaws.com').main()
        if role_name:
            self.sub(AddRoleToInstanceProfile, RoleName=role_name,
                     InstanceProfileName=name).main()
        return result

    def print_result(self, result):
        if self.args.get('verbose'):
            print_profile(self, result)


def print_profile(command, result):
    """ARN and GUID lines."""
    profile = result.get('InstanceProfile') or {}
    command.lines(profile.get('Arn'), profile.get('InstanceProfileId'))
