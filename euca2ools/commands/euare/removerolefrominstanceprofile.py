from euca2ools.commands.euare._iprofile import ProfileRoleRequest


class RemoveRoleFromInstanceProfile(ProfileRoleRequest):
    COMMAND = 'euare-instanceprofileremoverole'
    ACTION = 'RemoveRoleFromInstanceProfile'
    DESCRIPTION = 'Remove a role from an instance profile'
