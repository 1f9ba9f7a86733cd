from euca2ools.commands.euare import user
from euca2ools.commands.euare._loginprofile import PasswordRequest


class UpdateLoginProfile(PasswordRequest):
    COMMAND = 'euare-usermodloginprofile'
    ACTION = 'UpdateLoginProfile'
    DESCRIPTION = "Update a user's password"
    ARGS = user('name of the user to change a password for (required)')
