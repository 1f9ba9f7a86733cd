from euca2ools.commands.euare import IAMRequest, server_cert


class DeleteServerCertificate(IAMRequest):
    COMMAND = 'euare-servercertdel'
    ACTION = 'DeleteServerCertificate'
    DESCRIPTION = 'Delete a server certificate'
    ARGS = server_cert('name of the server certificate to delete '
                       '(required)')
