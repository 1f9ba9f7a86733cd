from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, user


class GetUser(IAMRequest):
    COMMAND = 'euare-usergetattributes'
    ACTION = 'GetUser'
    DESCRIPTION = "Display a user's ARN and GUID"
    ARGS = [*user('name of the user to describe (default: current user)',
                  nargs='?'),
            Arg('--show-extra', dest='ShowExtra', action='store_const',
                const='true', help='also display additional user info')]

    def print_result(self, result):
        found = result.get('User') or {}
        self.lines(found.get('Arn'), found.get('UserId'))
        if self.params.get('ShowExtra'):
            self.lines(*(found.get(key) for key in (
                'CreateDate', 'Enabled', 'RegStatus', 'PasswordExpiration')))
