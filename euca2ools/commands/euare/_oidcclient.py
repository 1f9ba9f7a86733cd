"""Adding a client ID to, or removing it from, an OpenID Connect provider."""

from euca2ools.core import Arg
from euca2ools.commands.euare._oidc import OIDCRequest, oidc_arn


class ClientIDRequest(OIDCRequest):
    ARGS = [oidc_arn('modify'),
            Arg('-c', '--client-id', dest='ClientID', metavar='CLIENT',
                required=True, help='the client ID (required)')]
