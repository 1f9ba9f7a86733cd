from euca2ools.core import Arg, MutuallyExclusiveArgList, UsageError
from euca2ools.core.argtypes import flexible_bool
from euca2ools.commands.euca import EC2Request


class ModifyNetworkInterfaceAttribute(EC2Request):
    COMMAND = 'euca-modify-network-interface-attribute'
    ACTION = 'ModifyNetworkInterfaceAttribute'
    DESCRIPTION = 'Modify an attribute of a VPC network interface'
    ARGS = [Arg('NetworkInterfaceId', metavar='INTERFACE',
                help='ID of the network interface to modify (required)'),
            MutuallyExclusiveArgList(
                Arg('-d', '--description', dest='Description.Value',
                    metavar='DESC', help="set the interface's description"),
                Arg('--source-dest-check', dest='SourceDestCheck.Value',
                    metavar='(true|false)', type=flexible_bool,
                    help='set whether source/destination checking is '
                         'enabled'),
                Arg('--group-id', dest='SecurityGroupId', metavar='GROUP',
                    complete='security-group-id',
                    action='append', help='set the security groups the '
                    'network interface belongs to (repeatable)'),
                Arg('-a', '--attachment', dest='Attachment.AttachmentId',
                    metavar='ATTACHMENT', help='ID of an attachment to '
                    'modify (requires --delete-on-termination)'))
            .required(),
            Arg('--delete-on-termination', metavar='(true|false)',
                dest='Attachment.DeleteOnTermination', type=flexible_bool,
                help="set whether the interface's attachment is deleted "
                     "when the instance terminates (requires -a)")]

    def configure(self):
        attachment = self.args.get('Attachment.AttachmentId')
        delete = self.args.get('Attachment.DeleteOnTermination')
        if delete is not None and not attachment:
            raise UsageError('argument --delete-on-termination may only be '
                             'used with -a/--attachment')
        if attachment and delete is None:
            raise UsageError('argument -a/--attachment also requires '
                             '--delete-on-termination')
