import os

from euca2ools.core import LOCAL, Arg, ClientError, UsageError
from euca2ools.core.files import write_new
from euca2ools.commands.euare import IAMRequest, user


class CreateSigningCertificate(IAMRequest):
    COMMAND = 'euare-usercreatecert'
    ACTION = 'CreateSigningCertificate'
    DESCRIPTION = (
        '[Eucalyptus only] Create a new signing certificate\n\nThe private '
        'key exists only in the answer: --out and --keyout name files that '
        'must not exist yet, and when they cannot be written the new '
        'certificate is deleted again.')
    ARGS = [*user('user to create the signing certificate for (default: '
                  'current user)', nargs='?'),
            Arg('--out', metavar='FILE', route_to=LOCAL, complete='file',
                help='new file to write the certificate to (default: '
                     'stdout)'),
            Arg('--keyout', metavar='FILE', route_to=LOCAL, complete='file',
                help='new file to write the private key to (default: '
                     'stdout)')]
    DELIVERS = ('Certificate.CertificateId', 'Certificate.CertificateBody',
                'Certificate.PrivateKey')
    CHECK_WITH = 'euare-userlistcerts'
    FILES = (('out', 'CertificateBody', 0o644),
             ('keyout', 'PrivateKey', 0o600))

    def configure(self):
        # Checked before the call, so that a certificate whose key could
        # not be saved is rarely made at all.
        for option, _, _ in self.FILES:
            path = self.args.get(option)
            if path and os.path.lexists(path):
                raise UsageError(f'--{option} {path} exists; name a new file '
                                 '(an existing key or certificate is never '
                                 'replaced)')

    def main(self):
        result = super().main()
        cert = result.get('Certificate') or {}
        written = []
        try:
            for option, key, mode in self.FILES:
                path = self.args.get(option)
                if path:
                    write_new(path, lambda f, text=cert[key]:
                              f.write(text.encode('utf-8')), mode=mode)
                    written.append(path)
        except (ClientError, KeyboardInterrupt) as err:
            for path in written:
                os.unlink(path)
            self.discard(cert, f'the certificate could not be saved ({err})'
                         if isinstance(err, ClientError)
                         else 'interrupted before the certificate was saved')
        return result

    def discard(self, cert, why):
        from euca2ools.commands.euare.deletesigningcertificate import \
            DeleteSigningCertificate
        cert_id = cert.get('CertificateId')
        user = self.args.get('UserName')
        done = self.undo_with(
            DeleteSigningCertificate, {
                'CertificateId': cert_id, 'UserName': user,
                'DelegateAccount': self.args.get('DelegateAccount')},
            f'certificate {cert_id}', f'euare-userdelcert -c {cert_id}'
            + (f' -u {user}' if user else ''))
        raise ClientError(f'{why}; {done}')

    def discard_undelivered(self, result, missing):
        cert = result.get('Certificate') or {}
        if not cert.get('CertificateId'):
            return super().discard_undelivered(result, missing)
        try:
            self.discard(cert, 'its private key is lost')
        except ClientError as err:
            return str(err)

    def print_result(self, result):
        cert = result.get('Certificate') or {}
        self.emit(cert.get('CertificateId'))
        for option, key, _ in self.FILES:
            if not self.args.get(option):
                self.emit(cert.get(key))
