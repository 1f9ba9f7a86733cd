from euca2ools.commands.euare._mfa import MFARequest


class DeactivateMFADevice(MFARequest):
    COMMAND = 'euare-userdeactivatemfadevice'
    ACTION = 'DeactivateMFADevice'
    DESCRIPTION = 'Deactivate an MFA device'
