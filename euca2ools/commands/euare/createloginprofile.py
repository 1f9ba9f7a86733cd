from euca2ools.commands.euare import user
from euca2ools.commands.euare._loginprofile import PasswordRequest


class CreateLoginProfile(PasswordRequest):
    COMMAND = 'euare-useraddloginprofile'
    ACTION = 'CreateLoginProfile'
    DESCRIPTION = 'Create a password for the specified user'
    ARGS = user('name of the user to create a password for (required)')
