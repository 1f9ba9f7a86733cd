"""The EC2 row types, each defined once (euca2ools-output-formats.md, §2).

Each function takes one parsed object and yields rows: lists whose first
field is the row tag.  Commands print them with ``print_rows``.
"""

RESOURCE_TYPES = (
    # Longest prefixes first, so "eipalloc-" wins over "eni-"-like clashes.
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
    ('eri-', 'image'), ('i-', 'instance'), ('nat-', 'natgateway'),
)


def resource_type(resource_id):
    for prefix, kind in RESOURCE_TYPES:
        if (resource_id or '').startswith(prefix):
            return kind
    return None


def _get(obj, *path):
    """obj[path[0]][path[1]]... with None for anything missing."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _list(value):
    return value if isinstance(value, list) else []


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
        yield ['ATTACHMENT'] + [attachment.get(key) for key in (
            'instanceId', 'attachmentId', 'deviceIndex', 'status',
            'attachTime', 'deleteOnTermination')]
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


def image(img):
    # owner/name when the image has a name, else its manifest location.
    if img.get('name'):
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
            for source in _list(perm.get('groups')):
                row = head + [fromto, 'USER', source.get('userId')]
                if source.get('groupName'):
                    row += ['NAME', source.get('groupName')]
                if source.get('groupId'):
                    row += ['ID', source.get('groupId')]
                yield row + [direction]
            for iprange in _list(perm.get('ipRanges')):
                yield head + [fromto, 'CIDR', iprange.get('cidrIp'),
                              direction]
    yield from tags(group, group.get('groupId'))


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

