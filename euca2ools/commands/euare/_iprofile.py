"""Adding a role to, or removing it from, an instance profile."""

from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, iprofile


class ProfileRoleRequest(IAMRequest):
    ARGS = [Arg('-r', '--role-name', dest='RoleName', metavar='ROLE',
                complete='iam-role',
                required=True, help='the role (required)'),
            *iprofile('the instance profile (required)')]
