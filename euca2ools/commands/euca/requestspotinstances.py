from euca2ools.core import LOCAL, Arg, UsageError
from euca2ools.core.argtypes import block_device_mapping
from euca2ools.commands.euca import EC2Request, rows
from euca2ools.core.userdata import (check_user_data,
                                               encoded_user_data,
                                               user_data_args)

SPEC = 'LaunchSpecification'


class RequestSpotInstances(EC2Request):
    COMMAND = 'euca-request-spot-instances'
    ACTION = 'RequestSpotInstances'
    DELIVERS = ('spotInstanceRequestSet.spotInstanceRequestId',)
    CHECK_WITH = 'euca-describe-spot-instance-requests'
    DESCRIPTION = 'Request spot instances of a machine image'
    ARGS = [
        Arg('image', metavar='IMAGE', route_to=LOCAL,
            help='ID of the image to launch (required)'),
        Arg('-p', '--price', dest='SpotPrice', metavar='PRICE', required=True,
            help='maximum hourly price for each instance (required)'),
        Arg('-n', '--instance-count', dest='InstanceCount', metavar='COUNT',
            type=int, help='number of instances to request (default: 1)'),
        Arg('-r', '--type', dest='Type', choices=('one-time', 'persistent'),
            help='whether the request is one-time (default) or persistent'),
        Arg('--valid-from', dest='ValidFrom', metavar='DATE',
            help='date the request becomes active'),
        Arg('--valid-until', dest='ValidUntil', metavar='DATE',
            help='date the request expires'),
        Arg('--client-token', dest='ClientToken', metavar='TOKEN',
            help='unique identifier to ensure request idempotency (default: '
                 'a new one; an error whose outcome is unknown names it)'),
        Arg('--launch-group', dest='LaunchGroup', metavar='GROUP',
            help='launch all instances of the request together, under this '
                 'label'),
        Arg('--availability-zone-group', dest='AvailabilityZoneGroup',
            metavar='GROUP',
            help='launch the instances of requests with this label in one '
                 'availability zone'),
        Arg('-k', '--key', dest=f'{SPEC}.KeyName', metavar='KEYPAIR',
            help='name of the key pair to use'),
        Arg('-g', '--group', action='append', default=[], route_to=LOCAL,
            complete='security-group',
            help='security group name or ID to run the instances in '
                 '(repeatable)'),
        user_data_args(),
        Arg('-t', '--instance-type', dest=f'{SPEC}.InstanceType',
            metavar='TYPE', help='type of instance to launch'),
        Arg('-z', '--availability-zone', metavar='ZONE',
            dest=f'{SPEC}.Placement.AvailabilityZone',
            help='availability zone to launch the instances in'),
        Arg('--placement-group', metavar='PLGROUP',
            dest=f'{SPEC}.Placement.GroupName',
            help='name of a placement group to launch the instances into'),
        Arg('--kernel', dest=f'{SPEC}.KernelId', metavar='KERNEL',
            help='ID of the kernel to launch with'),
        Arg('--ramdisk', dest=f'{SPEC}.RamdiskId', metavar='RAMDISK',
            help='ID of the ramdisk to launch with'),
        Arg('-b', '--block-device-mapping', metavar='DEVICE=MAPPED',
            dest=f'{SPEC}.BlockDeviceMapping', action='append',
            type=block_device_mapping, default=[],
            help='define a block device mapping for the instances (see '
                 'euca-run-instances; repeatable)'),
        Arg('--monitor', action='store_true',
            dest=f'{SPEC}.Monitoring.Enabled',
            help='enable detailed monitoring for the instances'),
        Arg('-s', '--subnet', dest=f'{SPEC}.SubnetId', metavar='SUBNET',
            help='[VPC only] subnet to launch the instances into'),
        Arg('--iam-profile', metavar='IPROFILE', route_to=LOCAL,
            help='name or ARN of the IAM instance profile to associate'),
        Arg('--ebs-optimized', dest=f'{SPEC}.EbsOptimized',
            action='store_true',
            help='optimize the instances for EBS I/O')]

    def configure(self):
        check_user_data(self.args)
        count = self.args.get('InstanceCount')
        if count is not None and count < 1:
            raise UsageError('argument -n/--instance-count: must be at '
                             'least 1')

    def preprocess(self):
        args = self.args
        spec = {'ImageId': args['image']}
        spec['UserData'] = encoded_user_data(args)
        groups = args.get('group') or []
        spec['SecurityGroupId'] = [g for g in groups if g.startswith('sg-')]
        spec['SecurityGroup'] = [g for g in groups
                                 if not g.startswith('sg-')]
        profile = args.get('iam_profile')
        if profile:
            key = 'Arn' if profile.startswith('arn:') else 'Name'
            spec['IamInstanceProfile'] = {key: profile}
        self.params[SPEC] = spec

    def print_result(self, result):
        for request in result.get('spotInstanceRequestSet') or []:
            self.print_rows(rows.spot_instance_request(request))
