import sys

from euca2ools.core import ServerError
from euca2ools.commands.euare import (CONFIG_ARGS, WRITE_CONFIG,
                                      IAMAdminRequest, IAMRequest,
                                      rows, user)


class CreateAccessKey(IAMRequest):
    COMMAND = 'euare-useraddkey'
    EXAMPLES = (
        ('Create an access key for a user',
         'euare-useraddkey alice'),
        ('Create a key for yourself and write it to a config file',
         'euare-useraddkey -w'),
    )
    ACTION = 'CreateAccessKey'
    DESCRIPTION = 'Create a new access key for a user'
    ARGS = [*user('user the new key will belong to (default: current user)',
                  nargs='?'),
            WRITE_CONFIG, *CONFIG_ARGS]
    DELIVERS = ('AccessKey.AccessKeyId', 'AccessKey.SecretAccessKey')
    CHECK_WITH = 'euare-userlistkeys'

    def discard_undelivered(self, result, missing):
        # A key whose secret was never shown is of no use to anyone.
        key = (result.get('AccessKey') or {}).get('AccessKeyId')
        if not key:
            return super().discard_undelivered(result, missing)
        from euca2ools.commands.euare.deleteaccesskey import DeleteAccessKey
        user = self.args.get('UserName')
        return self.undo_with(
            DeleteAccessKey, {'AccessKeyId': key, 'UserName': user,
                              'DelegateAccount':
                                  self.args.get('DelegateAccount')},
            f'the key {key}', f'euare-userdelkey {key}'
            + (f' -u {user}' if user else ''))

    def print_result(self, result):
        key = result.get('AccessKey') or {}
        if not self.args.get('write_config'):
            self.lines(key.get('AccessKeyId'), key.get('SecretAccessKey'))
            return
        for line in rows.config_fragment(
                self.service.url, key, self.account_id(),
                region=self.context.regionuser.region,
                domain=self.args.get('domain'),
                default_user=self.args.get('set_default_user'),
                warn=self.warn):
            self.emit(line)

    def account_id(self):
        if self.args.get('account_id'):
            return self.args['account_id']
        from euca2ools.commands.euare.getuser import GetUser
        try:
            found = self.sub(GetUser, UserName=self.args.get('UserName'))
            arn = (found.main().get('User') or {}).get('Arn') or ''
        except ServerError as err:
            if err.status != 403:
                raise
            self.warn('warning: unable to retrieve account ID '
                      f'({err.message})')
            return None
        parts = arn.split(':')
        return parts[4] if len(parts) > 4 else None

    def warn(self, message):
        print(message, file=self.context.stderr or sys.stderr)


class KeyCreatingRequest(IAMAdminRequest):
    """A command that may also create an access key (-k) or print a config
    file for one (-w): usercreate, accountcreate."""
    key_command = None
    # The key, beside the answer, is shaped as CreateAccessKey's in JSON.
    JSON_ADDED = {'AccessKey': 'CreateAccessKey'}

    def wants_key(self):
        return self.args.get('create_accesskey') or \
            self.args.get('write_config')

    def create_key(self, result, **args):
        self.key_command = self.sub(
            CreateAccessKey, write_config=self.args.get('write_config'),
            domain=self.args.get('domain'),
            set_default_user=self.args.get('set_default_user'), **args)
        result['AccessKey'] = self.key_command.main().get('AccessKey') or {}

    def print_key(self, result):
        if self.key_command:
            self.key_command.print_result(result)
