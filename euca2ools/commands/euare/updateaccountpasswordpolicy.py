from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest


def flag(option, dest, help):
    return Arg(option, dest=dest, action='store_true', help=help)


class UpdateAccountPasswordPolicy(IAMRequest):
    COMMAND = 'euare-accountmodpasswordpolicy'
    ACTION = 'UpdateAccountPasswordPolicy'
    DESCRIPTION = ("Set the account's password policy\n\nSettings not "
                   'given return to their defaults (off, or no limit).')
    ARGS = [Arg('-m', '--minimum-length', dest='MinimumPasswordLength',
                type=int, metavar='N',
                help='minimum number of characters in a password (6-128)'),
            flag('--require-symbols', 'RequireSymbols',
                 'passwords need a non-alphanumeric character'),
            flag('--require-numbers', 'RequireNumbers',
                 'passwords need a digit'),
            flag('--require-uppercase', 'RequireUppercaseCharacters',
                 'passwords need an upper-case letter'),
            flag('--require-lowercase', 'RequireLowercaseCharacters',
                 'passwords need a lower-case letter'),
            flag('--allow-users-to-change', 'AllowUsersToChangePassword',
                 'users may change their own passwords'),
            Arg('--max-age', dest='MaxPasswordAge', type=int, metavar='DAYS',
                help='days a password stays valid (1-1095)'),
            Arg('--reuse-prevention', dest='PasswordReusePrevention',
                type=int, metavar='N',
                help='number of previous passwords that may not be reused '
                     '(1-24)'),
            flag('--hard-expiry', 'HardExpiry',
                 'expired passwords can only be reset by an administrator')]
