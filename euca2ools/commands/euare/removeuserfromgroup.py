from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, group


class RemoveUserFromGroup(IAMRequest):
    COMMAND = 'euare-groupremoveuser'
    ACTION = 'RemoveUserFromGroup'
    DESCRIPTION = 'Remove a user from a group'
    ARGS = [Arg('-u', '--user-name', dest='user_names', metavar='USER',
                complete='iam-user',
                action='append', required=True, route_to=LOCAL,
                help='user to remove from the group (required; may be '
                     'given more than once)'),
            *group('group to remove the user(s) from (required)')]

    def main(self):
        # One call per user, in the order given.
        for name in self.args.get('user_names') or []:
            self.send({**self.params, 'UserName': name})
        return {}
