from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.commands.euare import (CONFIG_ARGS, WRITE_CONFIG, IAMRequest,
                                      user)
from euca2ools.commands.euare.addusertogroup import AddUserToGroup
from euca2ools.commands.euare.createaccesskey import KeyCreatingRequest
from euca2ools.commands.euare.getgroup import GetGroup


class CreateUser(KeyCreatingRequest, IAMRequest):
    COMMAND = 'euare-usercreate'
    EXAMPLES = (
        ('Create a user',
         'euare-usercreate alice'),
        ('Create a user in a group, with an access key',
         'euare-usercreate -g developers -k alice'),
        ('Create a user with a key and write a config file for it',
         'euare-usercreate -k -w alice'),
    )
    ACTION = 'CreateUser'
    DESCRIPTION = 'Create a new user'
    ARGS = [*user('name of the new user (required)', complete=None),
            Arg('-p', '--path', dest='Path',
                help='path for the new user (default: "/")'),
            Arg('-g', '--group-name', route_to=LOCAL, metavar='GROUP_NAME',
                complete='iam-group',
                help='also add the new user to a group'),
            Arg('--verify', action='store_true', route_to=LOCAL,
                help='ensure the group given with -g exists before doing '
                     'anything'),
            Arg('-k', '--create-accesskey', action='store_true',
                route_to=LOCAL,
                help='also create an access key for the new user and show '
                     'it'),
            MutuallyExclusiveArgList(
                Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                    help="show the new user's ARN and GUID"),
                WRITE_CONFIG),
            *CONFIG_ARGS]

    def main(self):
        group = self.args.get('group_name')
        if group and self.args.get('verify'):
            self.sub(GetGroup, GroupName=group).main()   # fails if missing
        result = super().main()
        if group:
            self.sub(AddUserToGroup, GroupName=group,
                     UserName=self.params['UserName']).main()
        if self.wants_key():
            self.create_key(result, UserName=self.params['UserName'])
        return result

    def print_result(self, result):
        if self.args.get('verbose'):
            created = result.get('User') or {}
            self.lines(created.get('Arn'), created.get('UserId'))
        self.print_key(result)
