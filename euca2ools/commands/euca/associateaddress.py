from euca2ools.core import (Arg, MutuallyExclusiveArgList, UsageError)
from euca2ools.commands.euca import EC2Request


class AssociateAddress(EC2Request):
    COMMAND = 'euca-associate-address'
    ACTION = 'AssociateAddress'
    DESCRIPTION = 'Associate an elastic IP address with an instance'
    ARGS = [
        Arg('PublicIp', metavar='ADDRESS', nargs='?', complete='address',
            help='[Non-VPC only] IP address to associate (required)'),
        Arg('-a', '--allocation-id', dest='AllocationId', metavar='ALLOC',
            help='[VPC only] VPC allocation ID (required)'),
        MutuallyExclusiveArgList(
            Arg('-i', '--instance-id', dest='InstanceId', metavar='INSTANCE',
                help='ID of the instance to associate the address with'),
            Arg('-n', '--network-interface', dest='NetworkInterfaceId',
                metavar='INTERFACE',
                help='[VPC only] network interface to associate the '
                     'address with')).required(),
        Arg('-p', '--private-ip-address', dest='PrivateIpAddress',
            metavar='ADDRESS',
            help='[VPC only] the private address to associate the address '
                 'with (default: primary)'),
        MutuallyExclusiveArgList(
            Arg('--allow-reassociation', dest='AllowReassociation',
                action='store_const', const=True,
                help='[VPC only] allow the address to be associated even if '
                     'it is already associated with another interface'),
            Arg('--no-allow-reassociation', dest='AllowReassociation',
                action='store_const', const=False,
                help='[VPC only] do not allow the address to be associated '
                     'if it is already associated with another interface'))]

    def configure(self):
        if bool(self.args.get('PublicIp')) == bool(
                self.args.get('AllocationId')):
            raise UsageError('specify either an ADDRESS or -a/--allocation-id'
                             ', but not both')

    def preprocess(self):
        # An allocation ID given as ADDRESS is sent as one (the row still
        # shows it in the ADDRESS column, as 3.x printed it).
        if (self.params.get('PublicIp') or '').startswith('eipalloc-'):
            self.params['AllocationId'] = self.params.pop('PublicIp')

    def print_result(self, result):
        if self.args.get('AllocationId'):
            self.print_row('ADDRESS', self.args.get('InstanceId'),
                           self.args['AllocationId'],
                           result.get('associationId'),
                           self.args.get('PrivateIpAddress'))
        else:
            self.print_row('ADDRESS', self.args['PublicIp'],
                           self.args.get('InstanceId'))
