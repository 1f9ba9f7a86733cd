from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, user


class UpdateUser(IAMRequest):
    COMMAND = 'euare-usermod'
    ACTION = 'UpdateUser'
    DESCRIPTION = 'Change the name and/or path of a user'
    ARGS = [*user('name of the user to update (required)'),
            Arg('-n', '--new-user-name', dest='NewUserName', metavar='USER',
                help='new name for the user'),
            Arg('-p', '--new-path', dest='NewPath', metavar='PATH',
                help='new path for the user'),
            Arg('--enabled', dest='Enabled', choices=('true', 'false'),
                help='[Eucalyptus only] enable or disable the user'),
            Arg('--pwd-expires', dest='PasswordExpiration',
                metavar='YYYY-MM-DDThh:mm:ssZ',
                help="[Eucalyptus only] date and time the user's password "
                     'expires'),
            Arg('--reg-status', dest='RegStatus',
                choices=('REGISTERED', 'APPROVED', 'CONFIRMED'),
                help='[Eucalyptus 3.4 and earlier only] new registration '
                     'status')]
