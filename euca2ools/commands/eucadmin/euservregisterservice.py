from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EuservRequest

# -h is the host here, as in eucalyptus-admin; help is --help only.
HOST_ARG = Arg('-h', '--host', dest='Host', metavar='IP', required=True,
               help='the host the new instance of the service runs on '
                    '(required)')


class EuservRegisterService(EuservRequest):
    COMMAND = 'euserv-register-service'
    ACTION = 'RegisterService'
    DESCRIPTION = 'Register a new instance of a service'
    ARGS = [Arg('Name', metavar='SVCINSTANCE',
                help='a name for the new instance of a service'),
            Arg('-t', '--type', dest='Type', required=True,
                help="the new service instance's type (required)"),
            HOST_ARG,
            Arg('--port', dest='Port', type=int,
                help='the port the new instance of the service runs on '
                     '(default for cluster: 8774, otherwise: 8773)'),
            Arg('-z', '--availability-zone', dest='Partition',
                metavar='ZONE',
                help='availability zone to register the new service '
                     'instance in.  This is required only for services of '
                     'certain types.')]

    def preprocess(self):
        self.params['Host'] = self.args.get('Host')
        if not self.params.get('Port'):
            cluster = (self.args.get('Type') or '').lower() == 'cluster'
            self.params['Port'] = 8774 if cluster else 8773
