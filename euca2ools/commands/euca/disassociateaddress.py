from euca2ools.core import Arg, UsageError
from euca2ools.commands.euca import EC2Request


class DisassociateAddress(EC2Request):
    COMMAND = 'euca-disassociate-address'
    ACTION = 'DisassociateAddress'
    DESCRIPTION = 'Disassociate an elastic IP address from an instance'
    ARGS = [Arg('PublicIp', metavar='ADDRESS', nargs='?', complete='address',
                help='[Non-VPC only] elastic IP address to disassociate '
                     '(required)'),
            Arg('-a', '--association-id', dest='AssociationId',
                metavar='ASSOC',
                help='[VPC only] ID of the association to end (required)')]

    def configure(self):
        if bool(self.args.get('PublicIp')) == bool(
                self.args.get('AssociationId')):
            raise UsageError('specify either an ADDRESS or '
                             '-a/--association-id, but not both')
        if (self.args.get('PublicIp') or '').startswith('eipassoc'):
            raise UsageError('VPC elastic IP association IDs must be '
                             'specified with -a/--association-id')

    def print_result(self, result):
        self.print_row('ADDRESS', self.args.get('PublicIp')
                       or self.args.get('AssociationId'))
