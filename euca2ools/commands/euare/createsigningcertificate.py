import os

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, user


class CreateSigningCertificate(IAMRequest):
    COMMAND = 'euare-usercreatecert'
    ACTION = 'CreateSigningCertificate'
    DESCRIPTION = '[Eucalyptus only] Create a new signing certificate'
    ARGS = [*user('user to create the signing certificate for (default: '
                  'current user)', nargs='?'),
            Arg('--out', metavar='FILE', route_to=LOCAL,
                help='file to write the certificate to (default: stdout)'),
            Arg('--keyout', metavar='FILE', route_to=LOCAL,
                help='file to write the private key to (default: stdout)')]

    def print_result(self, result):
        cert = result.get('Certificate') or {}
        self.emit(cert.get('CertificateId'))
        for option, key, mode in (('out', 'CertificateBody', 0o644),
                                  ('keyout', 'PrivateKey', 0o600)):
            path = self.args.get(option)
            if path:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                             mode)
                with os.fdopen(fd, 'w') as fileobj:
                    fileobj.write(cert.get(key) or '')
            else:
                self.emit(cert.get(key))
