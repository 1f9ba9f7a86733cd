from euca2ools.commands.euare import ArnListRequest, path_prefix


class ListServerCertificates(ArnListRequest):
    COMMAND = 'euare-servercertlistbypath'
    ACTION = 'ListServerCertificates'
    DESCRIPTION = "List your account's server certificates"
    ITEMS = 'ServerCertificateMetadataList'
    ARGS = [path_prefix('server certificates')]
