from euca2ools.commands.euare import IAMRequest


class GetAccountPasswordPolicy(IAMRequest):
    COMMAND = 'euare-accountgetpasswordpolicy'
    ACTION = 'GetAccountPasswordPolicy'
    DESCRIPTION = "Display the account's password policy"

    def print_result(self, result):
        for key, value in (result.get('PasswordPolicy') or {}).items():
            self.emit(f'{key}: {"" if value is None else value}')
