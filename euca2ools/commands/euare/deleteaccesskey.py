from euca2ools.commands.euare import IAMRequest, named, user_option


class DeleteAccessKey(IAMRequest):
    COMMAND = 'euare-userdelkey'
    ACTION = 'DeleteAccessKey'
    DESCRIPTION = 'Delete an access key'
    ARGS = [*named('AccessKeyId', 'KEY_ID',
                   'ID of the access key to delete (required)',
                   ('-k', '--user-key-id')),
            user_option('user the key belongs to (default: current user)')]
