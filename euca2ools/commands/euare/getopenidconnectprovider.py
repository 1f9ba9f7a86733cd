from euca2ools.commands.euare._oidc import OIDCRequest, oidc_arn


class GetOpenIDConnectProvider(OIDCRequest):
    COMMAND = 'euare-oidcprovidergetattributes'
    ACTION = 'GetOpenIDConnectProvider'
    DESCRIPTION = 'Describe an OpenID Connect provider'
    ARGS = [oidc_arn('describe')]

    def print_result(self, result):
        self.emit(f"url {result.get('Url')}")
        for thumbprint in result.get('ThumbprintList') or []:
            self.emit(f'thumbprint {thumbprint}')
        for client in result.get('ClientIDList') or []:
            self.emit(f'client-id {client}')
