from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import file_contents
from euca2ools.commands.euare import IAMRequest, server_cert


def _text_or_file(dest, what, text_flags, file_flag, metavar):
    return MutuallyExclusiveArgList(
        Arg(*text_flags, dest=dest, metavar=metavar,
            help=f'PEM-encoded {what}'),
        Arg(file_flag, dest=dest, metavar='FILE', type=file_contents,
            help=f'file containing the PEM-encoded {what}'))


class UploadServerCertificate(IAMRequest):
    COMMAND = 'euare-servercertupload'
    ACTION = 'UploadServerCertificate'
    DESCRIPTION = 'Upload a server certificate'
    ARGS = [*server_cert('name to give the new server certificate '
                         '(required)'),
            _text_or_file('CertificateBody', 'certificate (required)',
                          ('-c', '--certificate-body'), '--certificate-file',
                          'CERT_CONTENT').required(),
            _text_or_file('PrivateKey', 'private key (required)',
                          ('--private-key',), '--private-key-file',
                          'KEY').required(),
            _text_or_file('CertificateChain', 'certificate chain',
                          ('--certificate-chain',), '--certificate-chain-file',
                          'CHAIN'),
            Arg('-p', '--path', dest='Path',
                help='path for the new server certificate (default: "/")')]
