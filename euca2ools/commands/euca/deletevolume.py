from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteVolume(EC2Request):
    COMMAND = 'euca-delete-volume'
    ACTION = 'DeleteVolume'
    DESCRIPTION = 'Delete a volume'
    ARGS = [Arg('VolumeId', metavar='VOLUME',
                help='ID of the volume to delete (required)')]

    def print_result(self, result):
        self.print_row('VOLUME', self.args['VolumeId'])
