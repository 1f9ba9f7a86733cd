from euca2ools.commands.euare._signingcert import SigningCertRequest


class DeleteSigningCertificate(SigningCertRequest):
    COMMAND = 'euare-userdelcert'
    ACTION = 'DeleteSigningCertificate'
    DESCRIPTION = 'Delete a signing certificate'
