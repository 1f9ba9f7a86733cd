from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, iprofile
from euca2ools.commands.euare.createinstanceprofile import print_profile


class GetInstanceProfile(IAMRequest):
    COMMAND = 'euare-instanceprofilegetattributes'
    ACTION = 'GetInstanceProfile'
    DESCRIPTION = "Display an instance profile's ARN and GUID"
    ARGS = [*iprofile('name of the instance profile to describe (required)'),
            Arg('-r', dest='show_roles', action='store_true', route_to=LOCAL,
                help='also list the roles associated with the instance '
                     'profile')]

    def print_result(self, result):
        print_profile(self, result)
        if self.args.get('show_roles'):
            roles = (result.get('InstanceProfile') or {}).get('Roles') or []
            self.lines(*(found.get('Arn') for found in roles))
