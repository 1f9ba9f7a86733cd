from euca2ools.commands.euare._iprofile import ProfileRoleRequest


class AddRoleToInstanceProfile(ProfileRoleRequest):
    COMMAND = 'euare-instanceprofileaddrole'
    ACTION = 'AddRoleToInstanceProfile'
    DESCRIPTION = 'Add a role to an instance profile'
