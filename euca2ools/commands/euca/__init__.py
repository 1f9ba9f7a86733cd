"""EC2 (euca-*): the service and the base class of its commands."""

from euca2ools.core import BaseService, QueryRequest, Waiter


class EC2(BaseService):
    NAME = 'ec2'
    DESCRIPTION = 'Elastic compute cloud service'
    API_VERSION = '2015-10-01'
    TYPES = 'ec2'
    DATA_ACTIONS = frozenset((
        'AcceptVpcPeeringConnection', 'AllocateAddress', 'AssociateAddress',
        'AssociateRouteTable', 'AttachNetworkInterface', 'AttachVolume',
        'AttachVpnGateway', 'BundleInstance', 'CancelBundleTask',
        'CancelSpotInstanceRequests', 'ConfirmProductInstance', 'CopyImage',
        'CopySnapshot', 'CreateCustomerGateway', 'CreateDhcpOptions',
        'CreateImage', 'CreateInstanceExportTask', 'CreateInternetGateway',
        'CreateKeyPair', 'CreateNatGateway', 'CreateNetworkAcl',
        'CreateNetworkInterface', 'CreateRouteTable', 'CreateSecurityGroup',
        'CreateSnapshot', 'CreateSubnet', 'CreateVolume', 'CreateVpc',
        'CreateVpcPeeringConnection', 'CreateVpnConnection',
        'CreateVpnGateway', 'DeleteNatGateway', 'DetachVolume',
        'ImportInstance', 'ImportKeyPair', 'ImportVolume',
        'MonitorInstances', 'PurchaseReservedInstancesOffering',
        'RegisterImage', 'ReplaceNetworkAclAssociation',
        'ReplaceRouteTableAssociation', 'RequestSpotInstances',
        'RunInstances', 'StartInstances', 'StopInstances',
        'TerminateInstances', 'UnmonitorInstances',
        # Eucalyptus's own: the instance type before and after
        'ModifyInstanceTypeAttribute'))
    URL_ENVVARS = ('EC2_URL', 'AWS_ENDPOINT_URL_EC2')
    AWS_SERVICE_ID = 'EC2'
    # The actions whose ClientToken exists at API 2015-10-01.  CreateVolume,
    # CreateNetworkAcl, CreateNetworkInterface and CreateRouteTable gained
    # one in later versions, which older clouds reject as unknown.
    IDEMPOTENCY_TOKENS = {action: 'ClientToken' for action in (
        'RunInstances', 'RequestSpotInstances', 'CopyImage',
        'CreateNatGateway')}


# Response elements that are lists even when empty or holding one item.
EC2_LIST_TAGS = [
    'reservationSet', 'instancesSet', 'groupSet', 'tagSet', 'productCodes',
    'blockDeviceMapping', 'networkInterfaceSet', 'privateIpAddressesSet',
    'ipPermissions', 'ipPermissionsEgress', 'ipRanges', 'groups',
    'availabilityZoneInfo', 'messageSet', 'regionInfo', 'keySet',
    'imagesSet', 'volumeSet', 'attachmentSet', 'addressesSet',
    'instanceStatusSet', 'eventsSet', 'details', 'securityGroupInfo',
    'prefixListIds', 'userIdGroupPairs',
    # VPC networking
    'vpcSet', 'subnetSet', 'internetGatewaySet', 'natGatewaySet',
    'natGatewayAddressSet', 'routeTableSet', 'routeSet', 'associationSet',
    'propagatingVgwSet', 'networkAclSet', 'entrySet', 'customerGatewaySet',
    'vpnGatewaySet', 'attachments', 'vpnConnectionSet', 'routes',
    'vgwTelemetry', 'dhcpOptionsSet', 'dhcpConfigurationSet', 'valueSet',
    'vpcPeeringConnectionSet',
    # snapshots, attributes, instance types, import/export, spot,
    # placement groups, reserved instances
    'snapshotSet', 'createVolumePermission', 'launchPermission',
    'accountAttributeSet', 'attributeValueSet', 'instanceTypeDetails',
    'availability', 'conversionTasks', 'volumes', 'spotInstanceRequestSet',
    'spotPriceHistorySet', 'placementGroupSet', 'reservedInstancesSet',
    'reservedInstancesOfferingsSet', 'recurringCharges', 'pricingDetailsSet',
    'exportTaskSet',
]


class EC2Request(QueryRequest):
    SERVICE_CLASS = EC2
    LIST_TAGS = EC2_LIST_TAGS


# -- what --wait polls (core/wait/) ------------------------------------------

def instance_waiter(goal, failure=(), gone='wait',
                    ids=('instancesSet.instanceId', 'args:InstanceId')):
    """Instances (from the answer's instancesSet, else the INSTANCE
    arguments) until each is GOAL."""
    return Waiter(
        'instance', 'euca2ools.commands.euca.describeinstances:'
        'DescribeInstances', ids=ids,
        id_param='InstanceId', items='reservationSet.instancesSet',
        item_id='instanceId', state='instanceState.name', success=(goal,),
        failure=failure, reason=('stateReason.message', 'stateReason.code'),
        not_found=('InvalidInstanceID.NotFound',), gone=gone, many=True)


# An instance in these states can no longer get there without another call.
RUNNING_FAILURES = ('stopping', 'shutting-down', 'terminated')
INSTANCE_RUNNING = instance_waiter('running', RUNNING_FAILURES)
INSTANCE_STOPPED = instance_waiter(
    'stopped', failure=('shutting-down', 'terminated'))
# A terminated instance is eventually not described at all.
INSTANCE_TERMINATED = instance_waiter('terminated', gone='success')


def volume_waiter(goal, waiter_class=Waiter,
                  ids=('volumeId', 'args:VolumeId'), **kwargs):
    return waiter_class(
        'volume', 'euca2ools.commands.euca.describevolumes:DescribeVolumes',
        ids=ids, id_param='VolumeId',
        items='volumeSet', item_id='volumeId', state='status',
        success=(goal,), failure=('error', 'deleting', 'deleted'),
        not_found=('InvalidVolume.NotFound',), **kwargs)


IMAGE_AVAILABLE = Waiter(
    'image', 'euca2ools.commands.euca.describeimages:DescribeImages',
    ids='imageId', id_param='ImageId', items='imagesSet', item_id='imageId',
    state='imageState', success=('available',),
    failure=('failed', 'invalid', 'deregistered', 'error'),
    reason=('stateReason.message', 'stateReason.code'),
    not_found=('InvalidAMIID.NotFound',))
