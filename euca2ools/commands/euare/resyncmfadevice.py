from euca2ools.commands.euare._mfa import MFACodesRequest


class ResyncMFADevice(MFACodesRequest):
    COMMAND = 'euare-userresyncmfadevice'
    ACTION = 'ResyncMFADevice'
    DESCRIPTION = 'Re-synchronize an MFA device with the server'
