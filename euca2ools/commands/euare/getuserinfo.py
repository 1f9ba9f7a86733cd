from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, user


class GetUserInfo(IAMRequest):
    COMMAND = 'euare-usergetinfo'
    ROW_TYPES = ('USER INFO',)
    ACTION = 'GetUserInfo'
    DESCRIPTION = '[Eucalyptus only] Display information about a user'
    TABULAR = True
    ARGS = [*user('name of the user to describe (default: current user)',
                  nargs='?'),
            Arg('-k', '--info-key', dest='InfoKey', metavar='INFOKEY',
                help='name of the piece of user info to show')]

    def print_result(self, result):
        for info in result.get('Infos') or []:
            self.print_row(info.get('Key'), info.get('Value'))
