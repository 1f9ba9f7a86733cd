from euca2ools.core import Arg
from euca2ools.commands.euare._signingcert import SigningCertRequest


class UpdateSigningCertificate(SigningCertRequest):
    COMMAND = 'euare-usermodcert'
    ACTION = 'UpdateSigningCertificate'
    DESCRIPTION = ('Change the status of a signing certificate from Active '
                   'to Inactive, or vice versa')
    ARGS = [Arg('-s', '--status', dest='Status', required=True,
                choices=('Active', 'Inactive'),
                help='status to assign to the certificate (required)')]
