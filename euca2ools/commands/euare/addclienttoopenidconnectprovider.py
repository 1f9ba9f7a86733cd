from euca2ools.commands.euare._oidcclient import ClientIDRequest


class AddClientIDToOpenIDConnectProvider(ClientIDRequest):
    COMMAND = 'euare-oidcprovideraddclientid'
    ACTION = 'AddClientIDToOpenIDConnectProvider'
    DESCRIPTION = 'Add a client ID to an OpenID Connect provider'
