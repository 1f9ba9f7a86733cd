from euca2ools.commands.euare import IAMRequest, user


class ListMFADevices(IAMRequest):
    COMMAND = 'euare-userlistmfadevices'
    ACTION = 'ListMFADevices'
    DESCRIPTION = "List a user's MFA devices"
    ITEMS = 'MFADevices'
    ARGS = user('user to list MFA devices for (default: current user)',
                nargs='?')

    def print_result(self, result):
        self.lines(*(device.get('SerialNumber')
                     for device in self.items(result)))
