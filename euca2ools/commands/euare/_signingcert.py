"""Signing-certificate commands name the certificate, then (-u) its user."""

from euca2ools.commands.euare import IAMRequest, named, user_option


class SigningCertRequest(IAMRequest):
    ARGS = [*named('CertificateId', 'CERT',
                   'ID of the signing certificate (required)',
                   ('-c', '--certificate-id')),
            user_option('user the certificate belongs to (default: current '
                        'user)')]
