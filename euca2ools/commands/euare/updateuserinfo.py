from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, user


class UpdateUserInfo(IAMRequest):
    COMMAND = 'euare-userupdateinfo'
    ACTION = 'UpdateUserInfo'
    DESCRIPTION = "[Eucalyptus only] Update a user's information"
    ARGS = [*user('name of the user to update (default: current user)',
                  nargs='?'),
            Arg('-k', '--info-key', dest='InfoKey', metavar='KEY',
                required=True,
                help='name of the info field to set (required)'),
            Arg('-i', '--info-value', dest='InfoValue', metavar='VALUE',
                help='value to set the info field to (omit to remove the '
                     'field)')]
