from euca2ools.core import Arg
from euca2ools.commands.eucadmin import rows
from euca2ools.commands.eucadmin.registerservice import RegistrationRequest


class DeregisterService(RegistrationRequest):
    COMMAND = 'euca-deregister-service'
    ROW_TYPES = ('SERVICE (deregistered)',)
    ACTION = 'DeregisterService'
    DESCRIPTION = 'Deregister a service'
    ARGS = [Arg('Name', metavar='NAME',
                help='name of the service to deregister (required)'),
            Arg('-T', '--type', dest='Type',
                help='type of the service to deregister')]
    FAILURE = 'deregistration failed'

    def print_result(self, result):
        for sid in result.get('deregisteredServices') or []:
            self.emit(rows.deregistered_service(sid))
