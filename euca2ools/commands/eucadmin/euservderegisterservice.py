from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EuservRequest


class EuservDeregisterService(EuservRequest):
    COMMAND = 'euserv-deregister-service'
    ACTION = 'DeregisterService'
    DESCRIPTION = 'Deregister an instance of a service'
    ARGS = [Arg('Name', metavar='SVCINSTANCE',
                help='the service instance to deregister (required)')]
