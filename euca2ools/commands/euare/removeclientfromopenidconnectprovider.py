from euca2ools.commands.euare._oidcclient import ClientIDRequest


class RemoveClientIDFromOpenIDConnectProvider(ClientIDRequest):
    COMMAND = 'euare-oidcproviderdelclientid'
    ACTION = 'RemoveClientIDFromOpenIDConnectProvider'
    DESCRIPTION = 'Remove a client ID from an OpenID Connect provider'
