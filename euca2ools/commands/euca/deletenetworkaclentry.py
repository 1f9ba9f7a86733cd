from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DeleteNetworkAclEntry(EC2Request):
    COMMAND = 'euca-delete-network-acl-entry'
    ACTION = 'DeleteNetworkAclEntry'
    DESCRIPTION = 'Delete a network acl rule'
    ARGS = [Arg('NetworkAclId', metavar='NACL',
                help='ID of the network ACL to delete an entry from '
                     '(required)'),
            Arg('-n', '--rule-number', dest='RuleNumber',
                metavar='RULENUMBER', type=int, required=True,
                help='number of the entry to delete (required)'),
            Arg('--egress', dest='Egress', action='store_true', default=False,
                help='delete an egress entry (default: delete an ingress '
                     'entry)')]
