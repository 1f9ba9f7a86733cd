from euca2ools.commands.euare import IAMRequest, user


class DeleteLoginProfile(IAMRequest):
    COMMAND = 'euare-userdelloginprofile'
    ACTION = 'DeleteLoginProfile'
    DESCRIPTION = "Delete a user's password"
    ARGS = user('name of the user whose password to delete (required)')
