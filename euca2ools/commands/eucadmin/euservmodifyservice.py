from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EuservRequest
from euca2ools.commands.eucadmin.modifyservice import STATE_HELP


class EuservModifyService(EuservRequest):
    COMMAND = 'euserv-modify-service'
    ACTION = 'ModifyService'
    DESCRIPTION = "Change a service instance's state"
    ARGS = [Arg('Name', metavar='SVCINSTANCE',
                help='the service instance to modify (required)'),
            Arg('-s', '--state', dest='State', required=True,
                metavar='STATE', help=STATE_HELP)]
