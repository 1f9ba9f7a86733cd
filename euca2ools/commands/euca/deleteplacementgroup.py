from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeletePlacementGroup(EC2Request):
    COMMAND = 'euca-delete-placement-group'
    ACTION = 'DeletePlacementGroup'
    DESCRIPTION = 'Delete a placement group'
    ARGS = [Arg('GroupName', metavar='PLGROUP',
                help='name of the placement group to delete (required)')]

    def print_result(self, result):
        self.print_row('PLACEMENTGROUP', self.args['GroupName'], 'deleted')
