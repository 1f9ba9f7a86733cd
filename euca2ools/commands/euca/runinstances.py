import argparse

from euca2ools.core import (LOCAL, Arg, MutuallyExclusiveArgList,
                            UsageError)
from euca2ools.core.argtypes import block_device_mapping, flexible_bool
from euca2ools.commands.euca import EC2Request, rows
from euca2ools.commands.euca._userdata import (check_user_data,
                                               encoded_user_data,
                                               user_data_args)


def instance_count(text):
    """N or MIN-MAX -> (min, max)."""
    low, sep, high = text.partition('-')
    try:
        low, high = int(low), int(high if sep else low)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'instance count {text!r} must be a number or MIN-MAX')
    if low < 1 or high < low:
        raise argparse.ArgumentTypeError(
            f'instance count {text!r}: need 1 <= MIN <= MAX')
    return low, high


def network_interface(text):
    """eni-ID:INDEX, or INDEX:SUBNET[:DESC[:PRIV_IP[:GROUPS[:DELETE
    [:SECONDARY_COUNT]]]]] for an interface created at launch."""
    fields = text.split(':')
    if fields[0].startswith('eni-'):
        if len(fields) != 2 or not fields[1].isdigit():
            raise argparse.ArgumentTypeError(
                f'network interface {text!r} must have form eni-ID:INDEX')
        return {'NetworkInterfaceId': fields[0], 'DeviceIndex': fields[1]}
    if len(fields) < 2 or not fields[0].isdigit():
        raise argparse.ArgumentTypeError(
            f'network interface {text!r} must have form eni-ID:INDEX or '
            'INDEX:SUBNET[:DESCRIPTION[:PRIVATE_IP[:GROUP,...[:DELETE'
            '[:SECONDARY_COUNT]]]]]')
    fields += [''] * (7 - len(fields))
    index, subnet, desc, private_ip, groups, delete, count = fields[:7]
    nic = {'DeviceIndex': index, 'SubnetId': subnet, 'Description': desc,
           'PrivateIpAddress': private_ip,
           'SecurityGroupId': [g for g in groups.split(',') if g] or None,
           'SecondaryPrivateIpAddressCount': count}
    if delete:
        nic['DeleteOnTermination'] = flexible_bool(delete)
    return nic


class RunInstances(EC2Request):
    COMMAND = 'euca-run-instances'
    ACTION = 'RunInstances'
    DESCRIPTION = 'Launch instances of a machine image'
    ARGS = [
        Arg('ImageId', metavar='IMAGE', help='ID of the image to launch '
            '(required)'),
        Arg('-n', '--instance-count', metavar='MIN[-MAX]', default=(1, 1),
            type=instance_count, route_to=LOCAL,
            help='number of instances to launch (default: 1)'),
        Arg('-g', '--group', action='append', default=[], route_to=LOCAL,
            help='security group name or ID to run the instances in '
                 '(repeatable)'),
        Arg('-k', '--key', dest='KeyName', metavar='KEYPAIR',
            help='name of the key pair to use'),
        user_data_args(),
        Arg('--addressing', dest='AddressingType',
            choices=('public', 'private'),
            help='addressing scheme to launch the instances with'),
        Arg('-t', '--instance-type', dest='InstanceType',
            help='type of instance to launch'),
        Arg('-z', '--availability-zone', metavar='ZONE',
            dest='Placement.AvailabilityZone'),
        Arg('--kernel', dest='KernelId', metavar='KERNEL',
            help='ID of the kernel to launch with'),
        Arg('--ramdisk', dest='RamdiskId', metavar='RAMDISK',
            help='ID of the ramdisk to launch with'),
        Arg('-b', '--block-device-mapping', metavar='DEVICE=MAPPED',
            dest='BlockDeviceMapping', action='append',
            type=block_device_mapping, default=[],
            help='define a block device mapping for the instances, in the '
                 'form DEVICE=MAPPED, where MAPPED is "none", "ephemeral(0-3)"'
                 ', or "[SNAP-ID]:[GiB]:[true|false]:[standard|VOLTYPE[:IOPS]]"'
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
            help='[VPC only] add a network interface: eni-ID:INDEX for an '
                 'existing one, or INDEX:SUBNET[:DESCRIPTION[:PRIVATE_IP'
                 '[:GROUP,...[:DELETE[:SECONDARY_COUNT]]]]] (repeatable)'),
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

        group_ids = [g for g in args['group'] if g.startswith('sg-')]
        group_names = [g for g in args['group'] if not g.startswith('sg-')]
        profile = args.get('iam_profile')
        if profile:
            key = 'Arn' if profile.startswith('arn:') else 'Name'
            params['IamInstanceProfile'] = {key: profile}

        # Subnet and address options describe the primary interface.
        primary = {}
        if args.get('subnet'):
            primary['SubnetId'] = args['subnet']
        if args.get('associate_public_ip_address') is not None:
            primary['AssociatePublicIpAddress'] = \
                args['associate_public_ip_address']
        if args.get('private_ip_address'):
            primary['PrivateIpAddress'] = args['private_ip_address']
        if args.get('secondary_address'):
            primary['PrivateIpAddresses'] = [
                {'PrivateIpAddress': a, 'Primary': False}
                for a in args['secondary_address']]
        if args.get('secondary_count'):
            primary['SecondaryPrivateIpAddressCount'] = \
                args['secondary_count']
        if primary:
            if group_names:
                raise UsageError('security groups of an instance in a '
                                 'subnet must be given by ID (sg-...)')
            primary['DeviceIndex'] = 0
            if group_ids:
                primary['SecurityGroupId'] = group_ids
            params['NetworkInterface'] = [primary] + list(
                params.get('NetworkInterface') or [])
        else:
            params['SecurityGroupId'] = group_ids
            params['SecurityGroup'] = group_names

    def print_result(self, result):
        self.print_rows(rows.reservation(result))
