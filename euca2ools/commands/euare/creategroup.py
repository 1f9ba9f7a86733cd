from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, group


class CreateGroup(IAMRequest):
    COMMAND = 'euare-groupcreate'
    ACTION = 'CreateGroup'
    DESCRIPTION = 'Create a new group'
    ARGS = [*group('name of the new group (required)',
                   complete=None),
            Arg('-p', '--path', dest='Path',
                help='path for the new group (default: "/")'),
            Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help="print the new group's ARN and GUID")]

    def print_result(self, result):
        if self.args.get('verbose'):
            created = result.get('Group') or {}
            self.lines(created.get('Arn'), created.get('GroupId'))
