from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, server_cert


class UpdateServerCertificate(IAMRequest):
    COMMAND = 'euare-servercertmod'
    ACTION = 'UpdateServerCertificate'
    DESCRIPTION = 'Change the name and/or path of a server certificate'
    ARGS = [*server_cert('name of the server certificate to update '
                         '(required)'),
            Arg('-n', '--new-server-certificate-name',
                dest='NewServerCertificateName', metavar='CERT',
                help='new name for the server certificate'),
            Arg('-p', '--new-path', dest='NewPath', metavar='PATH',
                help='new path for the server certificate')]
