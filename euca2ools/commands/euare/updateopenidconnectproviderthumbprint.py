from euca2ools.core import ClientError
from euca2ools.commands.euare._oidc import (OIDCRequest, cert_thumbprint,
                                            oidc_arn, thumbprint_arg)
from euca2ools.commands.euare.getopenidconnectprovider import \
    GetOpenIDConnectProvider


class UpdateOpenIDConnectProviderThumbprint(OIDCRequest):
    COMMAND = 'euare-oidcproviderchangethumbprint'
    ACTION = 'UpdateOpenIDConnectProviderThumbprint'
    DESCRIPTION = "Replace an OpenID Connect provider's list of thumbprints"
    ARGS = [oidc_arn('update'),
            thumbprint_arg("the new SHA-1 thumbprint of the provider's "
                           'certificate (may be given more than once to '
                           'accept several certificates).')]

    def preprocess(self):
        if self.params.get('ThumbprintList.member'):
            return
        url = self.sub(GetOpenIDConnectProvider, OpenIDConnectProviderArn=(
            self.params['OpenIDConnectProviderArn'])).main().get('Url')
        if not url:
            raise ClientError("unable to determine the provider's URL; "
                              'give a thumbprint with -t/--thumbprint')
        self.params['ThumbprintList.member'] = [cert_thumbprint(url)]
