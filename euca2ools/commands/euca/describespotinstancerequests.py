from euca2ools.core import Arg, filters
from euca2ools.commands.euca import EC2Request, rows


class DescribeSpotInstanceRequests(EC2Request):
    COMMAND = 'euca-describe-spot-instance-requests'
    ACTION = 'DescribeSpotInstanceRequests'
    STREAM = 'spotInstanceRequestSet'
    DESCRIPTION = 'Show information about spot instance requests'
    ARGS = [Arg('SpotInstanceRequestId', metavar='REQUEST', nargs='*',
                help='limit results to specific spot instance requests')]
    FILTERS = filters(
        'availability-zone-group', 'create-time', 'fault-code',
        'fault-message', 'instance-id', 'launch-group',
        'launch.block-device-mapping.delete-on-termination',
        'launch.block-device-mapping.device-name',
        'launch.block-device-mapping.snapshot-id',
        'launch.block-device-mapping.volume-size',
        'launch.block-device-mapping.volume-type', 'launch.group-id',
        'launch.group-name', 'launch.image-id', 'launch.instance-type',
        'launch.kernel-id', 'launch.key-name', 'launch.monitoring-enabled',
        'launch.ramdisk-id', 'launched-availability-zone',
        'network-interface.network-interface-id',
        'network-interface.device-index', 'network-interface.subnet-id',
        'network-interface.description',
        'network-interface.private-ip-address',
        'network-interface.delete-on-termination',
        'network-interface.group-id', 'network-interface.group-name',
        'network-interface.addresses.primary', 'product-description',
        'spot-instance-request-id', 'spot-price', 'state', 'status-code',
        'status-message', 'tag-key', 'tag-value', 'tag:KEY', 'type',
        'valid-from', 'valid-until')

    def print_result(self, result):
        for request in result.get('spotInstanceRequestSet') or []:
            self.print_rows(rows.spot_instance_request(request))
