from euca2ools.commands.euare import IAMRequest, server_cert


class GetServerCertificate(IAMRequest):
    COMMAND = 'euare-servercertgetattributes'
    ACTION = 'GetServerCertificate'
    DESCRIPTION = 'Show the ARN and GUID of a server certificate'
    ARGS = server_cert('name of the server certificate to describe '
                       '(required)')

    def print_result(self, result):
        metadata = (result.get('ServerCertificate') or {}).get(
            'ServerCertificateMetadata') or {}
        self.lines(metadata.get('Arn'), metadata.get('ServerCertificateId'))
