from euca2ools.commands.euare._oidc import OIDCRequest, oidc_arn


class DeleteOpenIDConnectProvider(OIDCRequest):
    COMMAND = 'euare-oidcproviderdel'
    ACTION = 'DeleteOpenIDConnectProvider'
    DESCRIPTION = 'Delete an OpenID Connect provider'
    ARGS = [oidc_arn('delete')]
