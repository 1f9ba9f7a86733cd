from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CancelSpotInstanceRequests(EC2Request):
    COMMAND = 'euca-cancel-spot-instance-requests'
    ACTION = 'CancelSpotInstanceRequests'
    DESCRIPTION = ('Cancel spot instance requests\n\nInstances the requests '
                   'already launched keep running.')
    ARGS = [Arg('SpotInstanceRequestId', metavar='REQUEST', nargs='+',
                help='ID(s) of the spot instance request(s) to cancel '
                     '(required)')]

    def print_result(self, result):
        for request in result.get('spotInstanceRequestSet') or []:
            self.print_row('SPOTINSTANCEREQUEST',
                           request.get('spotInstanceRequestId'),
                           request.get('state'))
