import re

from euca2ools.commands.euare import STSRequest


class GetCallerIdentity(STSRequest):
    COMMAND = 'euare-getcallerid'
    ACTION = 'GetCallerIdentity'
    DESCRIPTION = 'Show information about the currently-active credentials'

    def print_result(self, result):
        info = {'key-id': self.context.credentials.key_id}
        for key, value in result.items():
            # UserId -> user-id
            info[re.sub(r'(.)([A-Z][a-z]+)', r'\1-\2', key).lower()] = value
        for key, value in sorted(info.items()):
            if value:
                self.emit(f'{key} = {value}')
