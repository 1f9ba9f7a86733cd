from euca2ools.core import Arg, UsageError
from euca2ools.commands.euca import EC2Request


class ReleaseAddress(EC2Request):
    COMMAND = 'euca-release-address'
    ACTION = 'ReleaseAddress'
    DESCRIPTION = 'Release an elastic IP address'
    ARGS = [Arg('PublicIp', metavar='ADDRESS', nargs='?', complete='address',
                help='[Non-VPC only] address to release (required)'),
            Arg('-a', '--allocation-id', dest='AllocationId', metavar='ALLOC',
                help='[VPC only] allocation ID for the address to release '
                     '(required)')]

    def configure(self):
        if bool(self.args.get('PublicIp')) == bool(
                self.args.get('AllocationId')):
            raise UsageError('specify either an ADDRESS or '
                             '-a/--allocation-id, but not both')

    def print_result(self, result):
        self.print_row('ADDRESS', self.args.get('PublicIp'),
                       self.args.get('AllocationId'))
