import argparse

from euca2ools.core import (LOCAL, Arg, MutuallyExclusiveArgList,
                            UsageError)
from euca2ools.core.argtypes import block_device_mapping, flexible_bool
from euca2ools.commands.euca import (RUNNING_FAILURES, EC2Request,
                                     instance_waiter, rows)
from euca2ools.core.userdata import (check_user_data,
                                               encoded_user_data,
                                               user_data_args)


def instance_count(text):
    """N or MIN-MAX -> (min, max); a reversed range is swapped."""
    low, sep, high = text.partition('-')
    try:
        low, high = int(low), int(high if sep else low)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'instance count {text!r} must be a number or MIN-MAX')
    if low < 1 or high < 1:
        raise argparse.ArgumentTypeError(
            f'instance count {text!r} must be positive')
    return min(low, high), max(low, high)


def network_interface(text):
    """[INTERFACE]:INDEX:[SUBNET]:[DESCRIPTION]:[PRIV_IP]:[GROUP,...]:
    [true|false]:[SEC_IP_COUNT|:SEC_IP,...] (at most nine fields)."""
    fields = text.split(':')
    if len(fields) < 2 or len(fields) > 9:
        raise argparse.ArgumentTypeError(
            f'network interface definition {text!r} must have 2 to 9 '
            'fields: [INTERFACE]:INDEX:[SUBNET]:[DESCRIPTION]:[PRIV_IP]:'
            '[GROUP,...]:[true|false]:[SEC_IP_COUNT|:SEC_IP,...]')
    fields += [''] * (9 - len(fields))
    eni, index, subnet, desc, private_ip, groups, delete, count, extra = \
        fields
    nic = {}
    if eni:
        if not eni.startswith('eni-'):
            raise argparse.ArgumentTypeError(
                f'network interface definition {text!r}: the first field '
                'must be a network interface ID')
        nic['NetworkInterfaceId'] = eni
    if not index.isdigit():
        raise argparse.ArgumentTypeError(
            f'network interface definition {text!r}: the second field '
            'must be a device index')
    nic['DeviceIndex'] = int(index)
    if subnet:
        if not subnet.startswith('subnet-'):
            raise argparse.ArgumentTypeError(
                f'network interface definition {text!r}: the third field '
                'must be a subnet ID')
        nic['SubnetId'] = subnet
    if desc:
        nic['Description'] = desc
    addresses = []
    if private_ip:
        addresses.append({'PrivateIpAddress': private_ip,
                          'Primary': 'true'})
    group_ids = [g for g in groups.split(',') if g]
    if any(not g.startswith('sg-') for g in group_ids):
        raise argparse.ArgumentTypeError(
            f'network interface definition {text!r}: security groups '
            'must be given by ID')
    if group_ids:
        nic['SecurityGroupId'] = group_ids
    if delete:
        if delete not in ('true', 'false'):
            raise argparse.ArgumentTypeError(
                f'network interface definition {text!r}: the seventh field '
                'must be "true" or "false"')
        nic['DeleteOnTermination'] = delete
    if count:
        if extra or not count.isdigit():
            raise argparse.ArgumentTypeError(
                f'network interface definition {text!r}: give either a '
                'secondary address count or secondary addresses')
        nic['SecondaryPrivateIpAddressCount'] = int(count)
    addresses += [{'PrivateIpAddress': a} for a in extra.split(',') if a]
    if addresses:
        nic['PrivateIpAddresses'] = addresses
    return nic


class RunInstances(EC2Request):
    COMMAND = 'euca-run-instances'
    EXAMPLES = (
        ('Start one instance of an image with a key pair and a security '
         'group',
         'euca-run-instances -k mykey -g web -t m1.small '
         'ami-0123456789abcdef0'),
        ('Start two to four instances in a subnet, with a public IP address '
         'and user data from a file',
         'euca-run-instances -n 2-4 -s subnet-0123456789abcdef0 '
         '--associate-public-ip-address true -f cloud-init.txt '
         'ami-0123456789abcdef0'),
        ('Start an instance and wait until it is running',
         'euca-run-instances -k mykey -z us-east-1a --wait '
         'ami-0123456789abcdef0'),
    )
    ROW_TYPES = ('RESERVATION', 'INSTANCE', 'BLOCKDEVICE', 'NETWORKINTERFACE',
                 'ATTACHMENT (network interface)',
                 'ASSOCIATION (network interface)',
                 'GROUP (network interface)', 'PRIVATEIPADDRESS', 'TAG')
    ACTION = 'RunInstances'
    DELIVERS = ('instancesSet.instanceId',)
    CHECK_WITH = 'euca-describe-instances'
    DESCRIPTION = 'Launch instances of a machine image'
    WAIT = instance_waiter('running', RUNNING_FAILURES,
                           ids='instancesSet.instanceId')
    ARGS = [
        Arg('ImageId', metavar='IMAGE', help='ID of the image to launch '
            '(required)'),
        Arg('-n', '--instance-count', metavar='MIN[-MAX]', default=(1, 1),
            type=instance_count, route_to=LOCAL,
            help='number of instances to launch (default: 1)'),
        Arg('-g', '--group', action='append', default=[], route_to=LOCAL,
            complete='security-group',
            help='security group name or ID to run the instances in '
                 '(repeatable)'),
        Arg('-k', '--key', dest='KeyName', metavar='KEYPAIR',
            help="name of the key pair to use (default: the region's "
                 'ec2-default-keypair, if any)'),
        user_data_args(),
        Arg('--addressing', dest='AddressingType',
            choices=('public', 'private'),
            help='addressing scheme to launch the instances with'),
        Arg('-t', '--instance-type', dest='InstanceType',
            help='type of instance to launch'),
        Arg('-z', '--availability-zone', metavar='ZONE',
            dest='Placement.AvailabilityZone',
            help='availability zone to launch the instances in'),
        Arg('--kernel', dest='KernelId', metavar='KERNEL',
            help='ID of the kernel to launch with'),
        Arg('--ramdisk', dest='RamdiskId', metavar='RAMDISK',
            help='ID of the ramdisk to launch with'),
        Arg('-b', '--block-device-mapping', metavar='DEVICE=MAPPED',
            dest='BlockDeviceMapping', action='append',
            type=block_device_mapping, default=[],
            help='define a block device mapping for the instances, in the '
                 'form DEVICE=MAPPED, where MAPPED is "none", "ephemeral(0-3)"'
                 ', or "[SNAP-ID]:[GiB]:[true|false]:'
                 '[standard|VOLTYPE[:IOPS]]"'
                 ' (repeatable)'),
        Arg('-m', '--monitor', action='store_true', dest='Monitoring.Enabled',
            help='enable detailed monitoring for the instances'),
        Arg('--disable-api-termination', action='store_true',
            dest='DisableApiTermination',
            help='prevent API users from terminating the instances'),
        Arg('--instance-initiated-shutdown-behavior',
            dest='InstanceInitiatedShutdownBehavior',
            choices=('stop', 'terminate'),
            help='whether to stop or terminate instances when they shut '
                 'down'),
        Arg('--placement-group', metavar='PLGROUP',
            dest='Placement.GroupName',
            help='name of a placement group to launch the instances into'),
        Arg('--tenancy', dest='Placement.Tenancy',
            choices=('default', 'dedicated'),
            help='[VPC only] "dedicated" to run on single-tenant hardware'),
        Arg('--client-token', dest='ClientToken', metavar='TOKEN',
            help='unique identifier to ensure request idempotency'),
        Arg('-s', '--subnet', metavar='SUBNET', route_to=LOCAL,
            help='[VPC only] subnet to create the instance\'s network '
                 'interface in'),
        Arg('--associate-public-ip-address', type=flexible_bool,
            route_to=LOCAL, metavar='{true,false}',
            help='[VPC only] whether to assign a public address to the '
                 'instance\'s network interface'),
        Arg('--private-ip-address', metavar='ADDRESS', route_to=LOCAL,
            help='[VPC only] assign a specific primary private IP address'),
        MutuallyExclusiveArgList(
            Arg('--secondary-address', '--secondary-private-ip-address',
                metavar='ADDRESS', action='append', route_to=LOCAL,
                help='[VPC only] assign a specific secondary private IP '
                     'address (repeatable)'),
            Arg('--secondary-count', '--secondary-private-ip-address-count',
                metavar='COUNT', type=int, route_to=LOCAL,
                help='[VPC only] number of secondary private IP addresses '
                     'to assign')),
        Arg('-a', '--network-interface', dest='NetworkInterface',
            metavar='INTERFACE', action='append', type=network_interface,
            default=[],
            help='[VPC only] add a network interface, in the form '
                 '[INTERFACE]:INDEX:[SUBNET]:[DESCRIPTION]:[PRIV_IP]:'
                 '[GROUP,...]:[true|false]:[SEC_IP_COUNT|:SEC_IP,...]: '
                 '"eni-ID:INDEX" attaches an existing one (repeatable)'),
        Arg('-p', '--iam-profile', metavar='IPROFILE', route_to=LOCAL,
            help='name or ARN of the IAM instance profile to associate'),
        Arg('--ebs-optimized', dest='EbsOptimized', action='store_true',
            help='optimize the instances for EBS I/O')]

    def configure(self):
        check_user_data(self.args)

    def preprocess(self):
        args, params = self.args, self.params
        params['MinCount'], params['MaxCount'] = args['instance_count']
        params['UserData'] = encoded_user_data(args)
        if not params.get('KeyName'):
            params['KeyName'] = self.context.regionuser.get_option(
                'ec2-default-keypair')

        group_ids = [g for g in args['group'] if g.startswith('sg-')]
        group_names = [g for g in args['group'] if not g.startswith('sg-')]
        profile = args.get('iam_profile')
        if profile:
            key = 'Arn' if profile.startswith('arn:') else 'Name'
            params['IamInstanceProfile'] = {key: profile}

        # As in 3.x, a subnet, -a or --associate-public-ip-address means a
        # VPC launch: the group and address options then describe one more
        # interface (DeviceIndex 0), sent after the -a ones.  The address
        # options alone also build it (3.x silently dropped them).
        interfaces = list(params.get('NetworkInterface') or [])
        cli = {}
        if group_ids:
            cli['SecurityGroupId'] = group_ids
        if args.get('associate_public_ip_address') is not None:
            cli['AssociatePublicIpAddress'] = \
                args['associate_public_ip_address']
        addresses = []
        if args.get('private_ip_address'):
            addresses.append({'PrivateIpAddress': args['private_ip_address'],
                              'Primary': 'true'})
        addresses += [{'PrivateIpAddress': a}
                      for a in args.get('secondary_address') or []]
        if addresses:
            cli['PrivateIpAddresses'] = addresses
        if args.get('secondary_count'):
            cli['SecondaryPrivateIpAddressCount'] = args['secondary_count']
        if args.get('subnet'):
            cli['SubnetId'] = args['subnet']
        vpc = (args.get('subnet') or interfaces or addresses
               or args.get('secondary_count')
               or args.get('associate_public_ip_address') is not None)
        if vpc:
            if group_names:
                raise UsageError('argument -g/--group: groups must be '
                                 'specified by ID when using VPC')
            if cli:
                cli['DeviceIndex'] = 0
                interfaces.append(cli)
            params['NetworkInterface'] = interfaces
        else:
            params['SecurityGroupId'] = group_ids
            params['SecurityGroup'] = group_names

    def print_result(self, result):
        self.print_rows(rows.reservation(result))
