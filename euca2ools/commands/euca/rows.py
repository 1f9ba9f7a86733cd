"""The EC2 row types, each defined once (euca2ools-output-formats.md, §2).

Each function takes one parsed object and yields rows: lists whose first
field is the row tag.  Commands print them with ``print_rows``.
"""

from euca2ools.core.output import as_list as _list, dig as _get

RESOURCE_TYPES = (
    ('eipalloc-', 'allocation-id'), ('import-', 'conversion-task'),
    ('export-', 'export-task'), ('snap-', 'snapshot'), ('subnet-', 'subnet'),
    ('vpc-', 'vpc'), ('vol-', 'volume'), ('igw-', 'internet-gateway'),
    ('rtb-', 'route-table'), ('acl-', 'network-acl'),
    ('eni-', 'network-interface'), ('dopt-', 'dhcp-options'),
    ('cgw-', 'customer-gateway'), ('vgw-', 'vpn-gateway'),
    ('vpn-', 'vpn-connection'), ('pcx-', 'vpc-peering-connection'),
    ('bun-', 'bundle'), ('sir-', 'spot-instances-request'),
    ('sg-', 'security-group'), ('ami-', 'image'), ('emi-', 'image'),
    ('aki-', 'image'), ('eki-', 'image'), ('ari-', 'image'),
    ('eri-', 'image'), ('i-', 'instance'),
)   # 3.x knows no NAT gateway prefix: "nat-" IDs get an empty type.


# Every prefix is one word and a dash, so the word before an ID's first dash
# finds its type (tags print one row each, so this runs often).
_TYPE_OF_WORD = {prefix[:-1]: kind for prefix, kind in RESOURCE_TYPES}


def resource_type(resource_id):
    word, dash, _ = (resource_id or '').partition('-')
    return _TYPE_OF_WORD.get(word) if dash else None


def tags(obj, resource_id):
    for tag in _list(obj.get('tagSet')):
        yield ['TAG', resource_type(resource_id), resource_id,
               tag.get('key'), tag.get('value')]


def reservation(res):
    groups = [g.get('groupName') or g.get('groupId') or ''
              for g in _list(res.get('groupSet'))]
    yield ['RESERVATION', res.get('reservationId'), res.get('ownerId'),
           ', '.join(groups)]
    instances = sorted(_list(res.get('instancesSet')),
                       key=lambda i: i.get('launchTime') or '')
    for inst in instances:
        yield from instance(inst)


def instance(inst):
    monitoring = _get(inst, 'monitoring', 'state')
    yield ['INSTANCE', inst.get('instanceId'), inst.get('imageId'),
           inst.get('dnsName'), inst.get('privateDnsName'),
           _get(inst, 'instanceState', 'name'), inst.get('keyName'),
           inst.get('amiLaunchIndex'),
           ','.join(p.get('productCode') or ''
                    for p in _list(inst.get('productCodes'))),
           inst.get('instanceType'), inst.get('launchTime'),
           _get(inst, 'placement', 'availabilityZone'),
           inst.get('kernelId'), inst.get('ramdiskId'), inst.get('platform'),
           f'monitoring-{monitoring}' if monitoring else None,
           inst.get('ipAddress'), inst.get('privateIpAddress'),
           inst.get('vpcId'), inst.get('subnetId'),
           inst.get('rootDeviceType'), inst.get('instanceLifecycle'),
           inst.get('spotInstanceRequestId'),
           None,   # license: EC2 has no such field any more
           _get(inst, 'placement', 'groupName'),
           inst.get('virtualizationType'), inst.get('hypervisor'),
           inst.get('clientToken'),
           ','.join(g.get('groupId') or ''
                    for g in _list(inst.get('groupSet'))),
           _get(inst, 'placement', 'tenancy'), inst.get('ebsOptimized'),
           _get(inst, 'iamInstanceProfile', 'arn'), inst.get('architecture')]
    for dev in _list(inst.get('blockDeviceMapping')):
        yield from blockdevice(dev)
    for nic in _list(inst.get('networkInterfaceSet')):
        yield from network_interface(nic)
    yield from tags(inst, inst.get('instanceId'))


def blockdevice(dev):
    ebs = dev.get('ebs') or {}
    yield ['BLOCKDEVICE', dev.get('deviceName'), ebs.get('volumeId'),
           ebs.get('attachTime'), ebs.get('deleteOnTermination'),
           ebs.get('volumeType'), ebs.get('iops')]


def blockdevice_mapping(mapping):
    if mapping.get('virtualName'):
        yield ['BLOCKDEVICEMAPPING', 'EPHEMERAL', mapping.get('deviceName'),
               mapping.get('virtualName')]
    else:
        ebs = mapping.get('ebs') or {}
        yield ['BLOCKDEVICEMAPPING', 'EBS', mapping.get('deviceName'),
               ebs.get('snapshotId'), ebs.get('volumeSize'),
               ebs.get('deleteOnTermination'), ebs.get('volumeType'),
               ebs.get('iops')]


def network_interface(nic):
    yield ['NETWORKINTERFACE'] + [nic.get(key) for key in (
        'networkInterfaceId', 'subnetId', 'vpcId', 'ownerId', 'status',
        'privateIpAddress', 'privateDnsName', 'sourceDestCheck')]
    attachment = nic.get('attachment')
    if isinstance(attachment, dict):
        yield network_interface_attachment(attachment)
    addresses = _list(nic.get('privateIpAddressesSet'))
    association = nic.get('association')
    if isinstance(association, dict):
        public_ip = association.get('publicIp')
        matching = next((a.get('privateIpAddress') for a in addresses
                         if _get(a, 'association', 'publicIp') == public_ip),
                        None)
        yield ['ASSOCIATION', public_ip, association.get('ipOwnerId'),
               matching]
    for group in _list(nic.get('groupSet')):
        yield ['GROUP', group.get('groupId'), group.get('groupName')]
    for address in addresses:
        primary = str(address.get('primary')).lower() == 'true'
        yield ['PRIVATEIPADDRESS', address.get('privateIpAddress'),
               address.get('privateDnsName'), 'primary' if primary else None]
    yield from tags(nic, nic.get('networkInterfaceId'))


def network_interface_attachment(attachment, with_instance=True):
    """ATTACHMENT of a network interface.  euca-describe-network-interface-
    attribute -a leaves out the instance ID (with_instance=False)."""
    keys = ('instanceId',) if with_instance else ()
    return ['ATTACHMENT'] + [attachment.get(key) for key in keys + (
        'attachmentId', 'deviceIndex', 'status', 'attachTime',
        'deleteOnTermination')]


def image(img):
    # An instance-store image shows its manifest location (bucket/path);
    # others owner/name, or the location when they have no name.
    if img.get('rootDeviceType') == 'instance-store':
        name = img.get('imageLocation')
    elif img.get('name'):
        name = f"{img.get('imageOwnerId') or ''}/{img['name']}"
    else:
        name = img.get('imageLocation')
    yield ['IMAGE', img.get('imageId'), name,
           img.get('imageOwnerAlias') or img.get('imageOwnerId'),
           img.get('imageState'),
           'public' if str(img.get('isPublic')).lower() == 'true'
           else 'private',
           img.get('architecture'), img.get('imageType'),
           img.get('kernelId'), img.get('ramdiskId'), img.get('platform'),
           img.get('rootDeviceType'), img.get('virtualizationType'),
           img.get('hypervisor')]
    for mapping in _list(img.get('blockDeviceMapping')):
        yield from blockdevice_mapping(mapping)
    yield from tags(img, img.get('imageId'))


def security_group(group):
    owner = group.get('ownerId')
    name = group.get('groupName')
    yield ['GROUP', group.get('groupId'), owner, name,
           group.get('groupDescription'), group.get('vpcId')]
    for direction, key in (('ingress', 'ipPermissions'),
                           ('egress', 'ipPermissionsEgress')):
        fromto = 'FROM' if direction == 'ingress' else 'TO'
        for perm in _list(group.get(key)):
            protocol = perm.get('ipProtocol')
            head = ['PERMISSION', owner, name, 'ALLOWS', protocol,
                    perm.get('fromPort'), perm.get('toPort')]
            # CIDR rows first, then group rows, as 3.x printed them.
            for iprange in _list(perm.get('ipRanges')):
                yield head + [fromto, 'CIDR', iprange.get('cidrIp'),
                              direction]
            for source in _list(perm.get('groups')):
                row = head + [fromto, 'USER', source.get('userId')]
                if source.get('groupName'):
                    row += ['NAME', source.get('groupName')]
                if source.get('groupId'):
                    row += ['ID', source.get('groupId')]
                yield row + [direction]
    yield from tags(group, group.get('groupId') or name)


def volume(vol):
    yield ['VOLUME', vol.get('volumeId'), vol.get('size'),
           vol.get('snapshotId'), vol.get('availabilityZone'),
           vol.get('status'), vol.get('createTime'),
           vol.get('volumeType') or 'standard', vol.get('iops')]
    for att in _list(vol.get('attachmentSet')):
        yield attachment(att)
    yield from tags(vol, vol.get('volumeId'))


def attachment(att):
    return ['ATTACHMENT', att.get('volumeId'), att.get('instanceId'),
            att.get('device'), att.get('status'), att.get('attachTime')]


def snapshot(snap):
    yield ['SNAPSHOT', snap.get('snapshotId'), snap.get('volumeId'),
           snap.get('status'), snap.get('startTime'), snap.get('progress'),
           snap.get('ownerId'), snap.get('volumeSize'),
           snap.get('description')]
    yield from tags(snap, snap.get('snapshotId'))


def address(addr):
    return ['ADDRESS', addr.get('publicIp'), addr.get('instanceId'),
            addr.get('domain') or 'standard', addr.get('allocationId'),
            addr.get('associationId'), addr.get('networkInterfaceId'),
            addr.get('privateIpAddress')]


def instance_state_change(change):
    return ['INSTANCE', change.get('instanceId'),
            _get(change, 'previousState', 'name'),
            _get(change, 'currentState', 'name')]



def _pairs(*pairs):
    """Key/value fields, leaving out pairs whose value is empty."""
    fields = []
    for key, value in pairs:
        if value not in (None, ''):
            fields += [key, value]
    return fields


def conversion_task(task):
    """An import task: a key/value task row, then its DISKIMAGE rows."""
    volume_task = task.get('importVolume')
    instance_task = task.get('importInstance')
    kind = ('IMPORTVOLUME' if volume_task else
            'IMPORTINSTANCE' if instance_task else None)
    row = _pairs(('TaskType', kind),
                 ('TaskId', task.get('conversionTaskId')),
                 ('ExpirationTime', task.get('expirationTime')),
                 ('Status', task.get('state')),
                 ('StatusMessage', task.get('statusMessage')))
    if isinstance(volume_task, dict):
        yield row
        yield disk_image(volume_task)
    if isinstance(instance_task, dict):
        yield row + _pairs(('InstanceID', instance_task.get('instanceId')))
        for volume in _list(instance_task.get('volumes')):
            yield disk_image(volume)


def disk_image(container):
    image = container.get('image') or {}
    volume = container.get('volume') or {}
    return ['DISKIMAGE'] + _pairs(
        ('DiskImageFormat', image.get('format')),
        ('DiskImageSize', image.get('size')),
        ('VolumeId', volume.get('id')), ('VolumeSize', volume.get('size')),
        ('AvailabilityZone', container.get('availabilityZone')),
        ('ApproximateBytesConverted', container.get('bytesConverted')),
        ('Status', container.get('status')),
        ('StatusMessage', container.get('statusMessage')))


def spot_instance_request(req):
    spec = req.get('launchSpecification') or {}
    status = req.get('status') or {}
    groups = ','.join(g.get('groupId') or g.get('groupName') or ''
                      for g in _list(spec.get('groupSet')))
    monitoring = _get(spec, 'monitoring', 'enabled')
    yield ['SPOTINSTANCEREQUEST', req.get('spotInstanceRequestId'),
           req.get('spotPrice'), req.get('type'),
           req.get('productDescription'), req.get('state'),
           req.get('createTime'), req.get('validFrom'),
           req.get('validUntil'), req.get('launchGroup'),
           req.get('availabilityZoneGroup'), req.get('instanceId'),
           spec.get('imageId'), spec.get('instanceType'),
           spec.get('keyName'), groups,
           _get(spec, 'placement', 'availabilityZone'),
           spec.get('kernelId'), spec.get('ramdiskId'),
           None if monitoring is None else
           ('monitoring-enabled' if str(monitoring).lower() == 'true'
            else 'monitoring-disabled'),
           spec.get('subnetId'), req.get('launchedAvailabilityZone'),
           _get(spec, 'iamInstanceProfile', 'arn')
           or _get(spec, 'iamInstanceProfile', 'name')]
    if status:
        yield ['SPOTINSTANCESTATUS', status.get('code'),
               status.get('updateTime'), status.get('message')]
    yield from tags(req, req.get('spotInstanceRequestId'))


def spot_price(price):
    return ['SPOTINSTANCEPRICE', price.get('spotPrice'),
            price.get('timestamp'), price.get('instanceType'),
            price.get('productDescription'), price.get('availabilityZone')]


def placement_group(group):
    return ['PLACEMENTGROUP', group.get('groupName'), group.get('strategy'),
            group.get('state')]


def reserved_instances(res):
    yield ['RESERVEDINSTANCES', res.get('reservedInstancesId'),
           res.get('availabilityZone'), res.get('instanceType'),
           res.get('productDescription'), res.get('duration'),
           res.get('fixedPrice'), res.get('usagePrice'),
           res.get('instanceCount'), res.get('start'), res.get('end'),
           res.get('state'), res.get('instanceTenancy'),
           res.get('currencyCode'), res.get('offeringType')]
    yield from recurring_charges(res)
    yield from tags(res, res.get('reservedInstancesId'))


def reserved_instances_offering(offer):
    yield ['OFFERING', offer.get('reservedInstancesOfferingId'),
           offer.get('availabilityZone'), offer.get('instanceType'),
           offer.get('productDescription'), offer.get('duration'),
           offer.get('fixedPrice'), offer.get('usagePrice'),
           offer.get('instanceTenancy'), offer.get('currencyCode'),
           offer.get('offeringType'), offer.get('marketplace')]
    yield from recurring_charges(offer)
    for detail in _list(offer.get('pricingDetailsSet')):
        yield ['PRICINGDETAIL', detail.get('price'), detail.get('count')]


def recurring_charges(obj):
    for charge in _list(obj.get('recurringCharges')):
        yield ['RECURRINGCHARGE', charge.get('frequency'),
               charge.get('amount')]


def export_task(task):
    instance = task.get('instanceExport') or {}
    s3 = task.get('exportToS3') or {}
    yield ['EXPORTTASK', task.get('exportTaskId'), task.get('state'),
           instance.get('instanceId'), instance.get('targetEnvironment'),
           s3.get('diskImageFormat'), s3.get('containerFormat'),
           s3.get('s3Bucket'), s3.get('s3Key'), task.get('description'),
           task.get('statusMessage')]
    yield from tags(task, task.get('exportTaskId'))


# -- VPC networking -------------------------------------------------------

def vpc(obj):
    yield ['VPC', obj.get('vpcId'), obj.get('state'), obj.get('cidrBlock'),
           obj.get('dhcpOptionsId'), obj.get('instanceTenancy'),
           obj.get('isDefault')]
    yield from tags(obj, obj.get('vpcId'))


def subnet(obj):
    yield ['SUBNET', obj.get('subnetId'), obj.get('state'), obj.get('vpcId'),
           obj.get('cidrBlock'), obj.get('availableIpAddressCount'),
           obj.get('availabilityZone'), obj.get('defaultForAz'),
           obj.get('mapPublicIpOnLaunch')]
    yield from tags(obj, obj.get('subnetId'))


def internet_gateway(igw):
    yield ['INTERNETGATEWAY', igw.get('internetGatewayId')]
    for att in _list(igw.get('attachmentSet')):
        yield ['ATTACHMENT', att.get('vpcId'), att.get('state')]
    yield from tags(igw, igw.get('internetGatewayId'))


def nat_gateway(nat):
    yield ['NATGATEWAY', nat.get('natGatewayId'), nat.get('state'),
           nat.get('subnetId'), nat.get('vpcId'), nat.get('failureCode'),
           nat.get('failureMessage'), nat.get('createTime'),
           nat.get('deleteTime')]
    for addr in _list(nat.get('natGatewayAddressSet')):
        yield ['NATGATEWAYADDRESSES', addr.get('allocationId'),
               addr.get('networkInterfaceId'), addr.get('publicIp'),
               addr.get('privateIp')]


def vpc_peering_connection(pcx):
    status = pcx.get('status') or {}
    yield ['VPCPEERINGCONNECTION', pcx.get('vpcPeeringConnectionId'),
           pcx.get('expirationTime'),
           ': '.join(str(status[key]) for key in ('code', 'message')
                     if status.get(key))]
    for tag, key in (('REQUESTERVPCINFO', 'requesterVpcInfo'),
                     ('ACCEPTERVPCINFO', 'accepterVpcInfo')):
        info = pcx.get(key) or {}
        yield [tag, info.get('vpcId'), info.get('cidrBlock'),
               info.get('ownerId')]
    yield from tags(pcx, pcx.get('vpcPeeringConnectionId'))


PROTOCOL_NAMES = {'-1': 'all', '1': 'icmp', '6': 'tcp', '17': 'udp',
                  '132': 'sctp'}


def _true(value):
    return str(value).lower() == 'true'


def network_acl(acl):
    yield ['NETWORKACL', acl.get('networkAclId'), acl.get('vpcId'),
           'default' if _true(acl.get('default')) else None]
    for entry in _list(acl.get('entrySet')):
        yield network_acl_entry(entry)
    for assoc in _list(acl.get('associationSet')):
        yield ['ASSOCIATION', assoc.get('networkAclAssociationId'),
               assoc.get('subnetId')]
    yield from tags(acl, acl.get('networkAclId'))


def network_acl_entry(entry, icmp_type_first=False):
    """ENTRY: direction, rule number, action, CIDR, protocol, then the
    ICMP code and type or the port range.

    euca2ools 3.4 prints a described entry's ICMP code before its type, but
    the entry that create/replace-network-acl-entry print from their request
    type first (icmp_type_first); both orders are kept."""
    protocol = str(entry.get('protocol'))
    icmp = entry.get('icmpTypeCode')
    if isinstance(icmp, dict):
        low, high = icmp.get('code'), icmp.get('type')
        if icmp_type_first:
            low, high = high, low
    else:
        ports = entry.get('portRange') or {}
        low, high = ports.get('from'), ports.get('to')
    return ['ENTRY', 'egress' if _true(entry.get('egress')) else 'ingress',
            entry.get('ruleNumber'), entry.get('ruleAction'),
            entry.get('cidrBlock'), PROTOCOL_NAMES.get(protocol, protocol),
            low, high]


def route_table(table):
    yield ['ROUTETABLE', table.get('routeTableId'), table.get('vpcId')]
    for route in _list(table.get('routeSet')):
        yield ['ROUTE', route_target(route), route.get('state'),
               route.get('destinationCidrBlock'), route.get('origin')]
    for vgw in _list(table.get('propagatingVgwSet')):
        yield ['PROPAGATINGVGW', vgw.get('gatewayId') or vgw.get('gatewayID')]
    for assoc in _list(table.get('associationSet')):
        yield ['ASSOCIATION', assoc.get('routeTableAssociationId'),
               assoc.get('subnetId'), 'main' if _true(assoc.get('main'))
               else None]
    yield from tags(table, table.get('routeTableId'))


ROUTE_TARGETS = ('gatewayId', 'instanceId', 'networkInterfaceId',
                 'natGatewayId', 'vpcPeeringConnectionId')


def route_target(route):
    """The first target a route names (its keys as in ROUTE_TARGETS)."""
    return next((route[key] for key in ROUTE_TARGETS if route.get(key)),
                None)


def customer_gateway(cgw):
    yield ['CUSTOMERGATEWAY', cgw.get('customerGatewayId'), cgw.get('state'),
           cgw.get('type'), cgw.get('ipAddress'), cgw.get('bgpAsn')]
    yield from tags(cgw, cgw.get('customerGatewayId'))


def vpn_gateway(vgw):
    yield ['VPNGATEWAY', vgw.get('vpnGatewayId'), vgw.get('state'),
           vgw.get('availabilityZone'), vgw.get('type')]
    for att in _list(vgw.get('attachments')):
        yield vgw_attachment(att)
    yield from tags(vgw, vgw.get('vpnGatewayId'))


def vgw_attachment(att):
    return ['VGWATTACHMENT', att.get('vpcId'), att.get('state')]


def vpn_connection(vpn, configuration=None):
    """VPNCONNECTION, then (if given) the customer gateway configuration
    text as a row of its own, then TAG rows."""
    yield ['VPNCONNECTION', vpn.get('vpnConnectionId'), vpn.get('type'),
           vpn.get('customerGatewayId'), vpn.get('vpnGatewayId'),
           vpn.get('state')]
    if configuration:
        yield [configuration]
    yield from tags(vpn, vpn.get('vpnConnectionId'))


def dhcp_options(dopt):
    yield ['DHCPOPTIONS', dopt.get('dhcpOptionsId')]
    for option in _list(dopt.get('dhcpConfigurationSet')):
        values = [v.get('value') or '' for v in _list(option.get('valueSet'))]
        yield ['OPTION', option.get('key'), ','.join(values)]
    yield from tags(dopt, dopt.get('dhcpOptionsId'))


# -- the columns' names -----------------------------------------------------
# Each row type's fields, in order (the tag first, quoted: it is literal);
# commands name the ones they print in ROW_TYPES.  A type printed in more
# than one form is qualified: "ATTACHMENT (volume)".

_NI = ' (network interface)'

COLUMNS = (
    ('RESERVATION', ['"RESERVATION"', 'reservation ID', 'owner account ID',
                     'security groups (names, comma-separated)']),
    ('INSTANCE', [
        '"INSTANCE"', 'instance ID', 'image ID', 'public DNS name',
        'private DNS name', 'state', 'key pair', 'launch index',
        'product codes', 'instance type', 'launch time', 'availability zone',
        'kernel ID', 'ramdisk ID', 'platform', 'monitoring state',
        'public IP address', 'private IP address', 'VPC ID', 'subnet ID',
        'root device type', 'lifecycle', 'spot instance request ID',
        'license (always empty)', 'placement group', 'virtualization type',
        'hypervisor', 'client token', 'security group IDs', 'tenancy',
        'EBS-optimized', 'instance profile ARN', 'architecture']),
    ('INSTANCE (state change)', ['"INSTANCE"', 'instance ID',
                                 'previous state', 'current state']),
    ('BLOCKDEVICE', ['"BLOCKDEVICE"', 'device name', 'volume ID',
                     'attach time', 'delete on termination', 'volume type',
                     'IOPS']),
    ('BLOCKDEVICEMAPPING', [
        '"BLOCKDEVICEMAPPING"', '"EBS" (or "EPHEMERAL")', 'device name',
        'snapshot ID (EPHEMERAL: the virtual name, and no more fields)',
        'size (GiB)', 'delete on termination', 'volume type', 'IOPS']),
    ('NETWORKINTERFACE', [
        '"NETWORKINTERFACE"', 'interface ID', 'subnet ID', 'VPC ID',
        'owner account ID', 'status', 'private IP address',
        'private DNS name', 'source/destination check']),
    ('ATTACHMENT' + _NI, ['"ATTACHMENT"', 'instance ID', 'attachment ID',
                          'device index', 'status', 'attach time',
                          'delete on termination']),
    ('ASSOCIATION' + _NI, ['"ASSOCIATION"', 'public IP address',
                           'IP owner ID', 'private IP address']),
    ('GROUP' + _NI, ['"GROUP"', 'security group ID', 'group name']),
    ('PRIVATEIPADDRESS', ['"PRIVATEIPADDRESS"', 'private IP address',
                          'private DNS name', '"primary" or empty']),
    ('VOLUME', ['"VOLUME"', 'volume ID', 'size (GiB)', 'snapshot ID',
                'availability zone', 'status', 'create time', 'volume type',
                'IOPS']),
    ('ATTACHMENT (volume)', ['"ATTACHMENT"', 'volume ID', 'instance ID',
                             'device', 'status', 'attach time']),
    ('SNAPSHOT', ['"SNAPSHOT"', 'snapshot ID', 'volume ID', 'status',
                  'start time', 'progress', 'owner account ID',
                  'volume size (GiB)', 'description']),
    ('IMAGE', ['"IMAGE"', 'image ID', 'owner/name or manifest location',
               'owner (alias or account ID)', 'state',
               '"public" or "private"', 'architecture', 'image type',
               'kernel ID', 'ramdisk ID', 'platform', 'root device type',
               'virtualization type', 'hypervisor']),
    ('GROUP', ['"GROUP"', 'group ID', 'owner account ID', 'group name',
               'description', 'VPC ID']),
    ('PERMISSION', [
        '"PERMISSION"', 'owner account ID', 'group name', '"ALLOWS"',
        'protocol', 'from port', 'to port',
        '"FROM" (ingress) or "TO" (egress)', '"CIDR" or "USER"',
        'CIDR or source account ID',
        '"ingress" or "egress" (a group source puts "NAME", its name, '
        '"ID", its ID before this)']),
    ('KEYPAIR', ['"KEYPAIR"', 'key pair name', 'fingerprint']),
    ('ADDRESS', ['"ADDRESS"', 'public IP address', 'instance ID', 'domain',
                 'allocation ID', 'association ID', 'network interface ID',
                 'private IP address']),
    ('TAG', ['"TAG"', 'resource type', 'resource ID', 'key', 'value']),
    ('AVAILABILITYZONE', ['"AVAILABILITYZONE"', 'zone name', 'state',
                          'messages (comma-separated)']),
    ('REGION', ['"REGION"', 'region name', 'endpoint URL']),
)
