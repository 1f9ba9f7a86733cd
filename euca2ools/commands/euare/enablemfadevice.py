from euca2ools.commands.euare._mfa import MFACodesRequest


class EnableMFADevice(MFACodesRequest):
    COMMAND = 'euare-userenablemfadevice'
    ACTION = 'EnableMFADevice'
    DESCRIPTION = 'Enable an MFA device'
