from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeInstances(EC2Request):
    COMMAND = 'euca-describe-instances'
    EXAMPLES = (
        ('Show the running instances',
         'euca-describe-instances --filter instance-state-name=running'),
        ('Show two instances',
         'euca-describe-instances i-0123456789abcdef0 i-0fedcba9876543210'),
        ('Show the instances tagged Name=web',
         'euca-describe-instances --filter tag:Name=web'),
    )
    ROW_TYPES = ('RESERVATION', 'INSTANCE', 'BLOCKDEVICE', 'NETWORKINTERFACE',
                 'ATTACHMENT (network interface)',
                 'ASSOCIATION (network interface)',
                 'GROUP (network interface)', 'PRIVATEIPADDRESS', 'TAG')
    ACTION = 'DescribeInstances'
    DESCRIPTION = 'Show information about instances'
    STREAM = 'reservationSet'
    ARGS = [Arg('InstanceId', metavar='INSTANCE', nargs='*',
                help='limit results to specific instances')]
    FILTERS = filters(
        'architecture', 'association.allocation-id',
        'association.association-id', 'association.ip-owner-id',
        'association.public-ip', 'availability-zone',
        'block-device-mapping.attach-time',
        'block-device-mapping.delete-on-termination',
        'block-device-mapping.device-name', 'block-device-mapping.status',
        'block-device-mapping.volume-id', 'client-token', 'dns-name',
        'group-id', 'group-name', 'hypervisor', 'iam-instance-profile.arn',
        'image-id', 'instance.group-id', 'instance.group-name', 'instance-id',
        'instance-lifecycle', 'instance-state-code', 'instance-state-name',
        'instance-type', 'ip-address', 'kernel-id', 'key-name', 'launch-index',
        'launch-time', 'monitoring-state',
        'network-interface.addresses.association.ip-owner-id',
        'network-interface.addresses.association.public-ip',
        'network-interface.addresses.primary',
        'network-interface.addresses.private-ip-address',
        'network-interface.attachment.device-index',
        'network-interface.attachment.attach-time',
        'network-interface.attachment.attachment-id',
        'network-interface.attachment.delete-on-termination',
        'network-interface.attachment.instance-owner-id',
        'network-interface.attachment.status',
        'network-interface.availability-zone', 'network-interface.description',
        'network-interface.group-id', 'network-interface.group-name',
        'network-interface.mac-address',
        'network-interface.network-interface.id', 'network-interface.owner-id',
        'network-interface.private-dns-name', 'network-interface.requester-id',
        'network-interface.requester-managed',
        'network-interface.source-destination-check',
        'network-interface.status', 'network-interface.subnet-id',
        'network-interface.vpc-id', 'owner-id', 'placement-group-name',
        'platform', 'private-dns-name', 'private-ip-address', 'product-code',
        'product-code.type', 'ramdisk-id', 'reason', 'requester-id',
        'reservation-id', 'root-device-name', 'root-device-type',
        'spot-instance-request-id', 'state-reason-code',
        'state-reason-message', 'subnet-id', 'tag-key', 'tag-value', 'tag:KEY',
        'virtualization-type', 'vpc-id')

    def print_result(self, result):
        for reservation in result.get('reservationSet') or []:
            self.print_rows(rows.reservation(reservation))
