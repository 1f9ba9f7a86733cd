from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EucadminRequest

STATE_HELP = ('the state to move the service to (e.g. START, STOP, ENABLE, '
              'DISABLE, RESTART) (required)')


class ModifyService(EucadminRequest):
    COMMAND = 'euca-modify-service'
    ACTION = 'ModifyService'
    DESCRIPTION = "Change a service's state"
    ARGS = [Arg('Name', metavar='SERVICE',
                help='name of the service to modify (required)'),
            Arg('-s', '--state', dest='State', required=True,
                metavar='STATE', help=STATE_HELP)]

    def print_result(self, result):
        self.emit(f"RESPONSE {result.get('_return')}")
