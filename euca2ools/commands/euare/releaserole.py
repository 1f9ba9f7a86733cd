import sys

from euca2ools.core import BaseCommand
from euca2ools.commands.euare import rows
from euca2ools.commands.euare._shell import SHELL_SYNTAX


class ReleaseRole(BaseCommand):
    COMMAND = 'euare-releaserole'
    DESCRIPTION = '''\
Release IAM role credentials

Print shell code that unsets the variables euare-assumerole(1) sets.  Use
it with eval:

    $ eval `euare-releaserole`

If the credentials used to assume the role came from environment variables,
set those again afterwards (e.g. source eucarc).'''
    ARGS = [SHELL_SYNTAX]

    def main(self):
        return None

    def print_result(self, result):
        csh = rows.wants_csh(self.args, self.context.environ)
        for var, _ in rows.CREDENTIAL_VARS:
            self.emit(rows.set_var(var, None, csh))
        for line in rows.eval_hint(sys.argv):
            self.emit(line)
