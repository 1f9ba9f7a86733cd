from euca2ools.core import Arg, Filter
from euca2ools.commands.euca import EC2Request


class DescribeKeyPairs(EC2Request):
    COMMAND = 'euca-describe-keypairs'
    EXAMPLES = (
        ('Show every key pair',
         'euca-describe-keypairs'),
        ('Show one key pair',
         'euca-describe-keypairs mykey'),
    )
    ROW_TYPES = ('KEYPAIR',)
    ACTION = 'DescribeKeyPairs'
    DESCRIPTION = 'Display information about available key pairs'
    ARGS = [Arg('KeyName', metavar='KEYPAIR', nargs='*',
                help='limit results to specific key pairs')]
    FILTERS = [Filter('fingerprint'), Filter('key-name')]

    def print_result(self, result):
        for key in result.get('keySet') or []:
            self.print_row('KEYPAIR', key.get('keyName'),
                           key.get('keyFingerprint'))
