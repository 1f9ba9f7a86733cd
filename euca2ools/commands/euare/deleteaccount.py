from euca2ools.core import Arg
from euca2ools.commands.euare import IAMAdminRequest, account


class DeleteAccount(IAMAdminRequest):
    COMMAND = 'euare-accountdel'
    ACTION = 'DeleteAccount'
    DESCRIPTION = '[Eucalyptus cloud admin only] Delete an account'
    ARGS = [*account('name or ID of the account to delete (required)'),
            Arg('-r', '--recursive', dest='Recursive', action='store_true',
                help='delete all users, groups, and policies associated '
                     'with the account as well')]
