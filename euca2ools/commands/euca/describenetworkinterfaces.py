from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeNetworkInterfaces(RowsRequest):
    COMMAND = 'euca-describe-network-interfaces'
    ROW_TYPES = ('NETWORKINTERFACE', 'ATTACHMENT (network interface)',
                 'ASSOCIATION (network interface)',
                 'GROUP (network interface)', 'PRIVATEIPADDRESS', 'TAG')
    ACTION = 'DescribeNetworkInterfaces'
    DESCRIPTION = 'Show information about VPC network interfaces'
    ARGS = [Arg('NetworkInterfaceId', metavar='INTERFACE', nargs='*',
                help='limit results to specific network interfaces')]
    FILTERS = filters(
        'addresses.private-ip-addresses', 'addresses.primary',
        'addresses.association.public-ip', 'addresses.association.owner-id',
        'association.association-id', 'association.allocation-id',
        'association.ip-owner-id', 'association.public-ip',
        'association.public-dns-name', 'attachment.attachment-id',
        'attachment.instance-id', 'attachment.instance-owner-id',
        'attachment.device-index', 'attachment.status',
        'attachment.attach.time', 'attachment.delete-on-termination',
        'availability-zone', 'description', 'group-id', 'group-name',
        'mac-address', 'network-interface-id', 'owner-id',
        'private-ip-address', 'private-dns-name', 'requester-id',
        'requester-managed', 'source-dest-check', 'status', 'subnet-id',
        'tag-key', 'tag-value', 'tag:KEY', 'vpc-id')
    RESULT = 'networkInterfaceSet'
    ROWS = rows.network_interface
