import urllib.parse

from euca2ools.core import Arg, UsageError
from euca2ools.commands.euare._oidc import (OIDCRequest, cert_thumbprint,
                                            thumbprint_arg)


class CreateOpenIDConnectProvider(OIDCRequest):
    COMMAND = 'euare-oidcprovidercreate'
    ACTION = 'CreateOpenIDConnectProvider'
    DESCRIPTION = 'Create a new OpenID Connect provider'
    ARGS = [Arg('Url', metavar='URL',
                help='the URL for the new provider (required)'),
            # 3.4 sent ClientIdList.member.N, not the API's ClientIDList,
            # so IAM ignored its client IDs: a deliberate departure.
            Arg('-c', '--client-id', dest='ClientIDList.member',
                metavar='CLIENT', action='append',
                help='a client ID, or audience, for the new provider'),
            thumbprint_arg("the SHA-1 thumbprint of the provider's "
                           'certificate (may be given more than once).')]

    def configure(self):
        parsed = urllib.parse.urlsplit(self.args.get('Url') or '')
        if parsed.scheme != 'https':
            raise UsageError('URL must begin with "https://"')
        if not parsed.netloc:
            raise UsageError('URL must name a host to connect to')

    def preprocess(self):
        if not self.params.get('ThumbprintList.member'):
            self.params['ThumbprintList.member'] = [
                cert_thumbprint(self.params['Url'])]

    def print_result(self, result):
        self.emit(result.get('OpenIDConnectProviderArn'))
