from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, user


class ListSigningCertificates(IAMRequest):
    COMMAND = 'euare-userlistcerts'
    ACTION = 'ListSigningCertificates'
    DESCRIPTION = "List a user's signing certificates"
    ITEMS = 'Certificates'
    ARGS = [*user('user to list certificates for (default: current user)',
                  nargs='?'),
            Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help="also show certificates' contents")]

    def print_result(self, result):
        for cert in self.items(result):
            self.emit(cert.get('CertificateId'))
            if self.args.get('verbose'):
                self.emit(cert.get('CertificateBody'))
            self.lines(cert.get('Status'), cert.get('UserName'))
