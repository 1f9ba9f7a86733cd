from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import file_contents
from euca2ools.commands.euare import IAMRequest, user


class UploadSigningCertificate(IAMRequest):
    COMMAND = 'euare-useraddcert'
    ACTION = 'UploadSigningCertificate'
    DESCRIPTION = 'Upload a signing certificate'
    ARGS = [*user('user the signing certificate is for (default: current '
                  'user)', nargs='?'),
            MutuallyExclusiveArgList(
                Arg('-c', '--certificate-body', dest='CertificateBody',
                    metavar='CERT_CONTENT',
                    help='PEM-encoded contents of the new certificate'),
                Arg('-f', '--certificate-file', dest='CertificateBody',
                    metavar='FILE', type=file_contents,
                    help='file containing the new certificate')).required()]

    def print_result(self, result):
        self.emit((result.get('Certificate') or {}).get('CertificateId'))
