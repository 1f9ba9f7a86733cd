from euca2ools.commands.euare import ArnListRequest


class ListOpenIDConnectProviders(ArnListRequest):
    COMMAND = 'euare-oidcproviderlist'
    ACTION = 'ListOpenIDConnectProviders'
    DESCRIPTION = "List your account's OpenID Connect providers"
    ITEMS = 'OpenIDConnectProviderList'
