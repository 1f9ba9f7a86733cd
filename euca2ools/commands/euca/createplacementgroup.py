from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CreatePlacementGroup(EC2Request):
    COMMAND = 'euca-create-placement-group'
    ACTION = 'CreatePlacementGroup'
    DESCRIPTION = 'Create a placement group for instances'
    ARGS = [Arg('GroupName', metavar='PLGROUP',
                help='name of the new placement group (required)'),
            Arg('-s', '--strategy', dest='Strategy', default='cluster',
                choices=('cluster', 'spread', 'partition'),
                help='placement strategy (default: cluster)')]

    def print_result(self, result):
        self.print_row('PLACEMENTGROUP', self.args['GroupName'],
                       self.args['Strategy'])
