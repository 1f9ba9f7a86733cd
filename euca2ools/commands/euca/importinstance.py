from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import b64encoded_inline, user_data_file
from euca2ools.commands.euca._import import ImportRequest, disk_image_args

LAUNCH = 'LaunchSpecification'


class ImportInstance(ImportRequest):
    COMMAND = 'euca-import-instance'
    ACTION = 'ImportInstance'
    DESCRIPTION = 'Import an instance into the cloud'
    DISK = 'DiskImage.1.'
    ARGS = [
        *disk_image_args(DISK),
        Arg('-t', '--instance-type', dest=f'{LAUNCH}.InstanceType',
            metavar='INSTANCETYPE', required=True,
            help='the type of instance to import to (required)'),
        Arg('-a', '--architecture', dest=f'{LAUNCH}.Architecture',
            metavar='ARCH', required=True,
            help="the instance's processor architecture (required)"),
        Arg('-p', '--platform', dest='Platform', required=True,
            choices=('Windows', 'Linux'),
            help="the instance's operating system (required)"),
        Arg('-g', '--group', dest=f'{LAUNCH}.GroupName.1', metavar='GROUP',
            complete='security-group-name',
            help='name of the security group to create the instance in'),
        Arg('-z', '--availability-zone', metavar='ZONE',
            dest=f'{LAUNCH}.Placement.AvailabilityZone',
            help='the zone in which to create the instance'),
        MutuallyExclusiveArgList(
            Arg('--user-data', metavar='DATA', type=b64encoded_inline,
                dest=f'{LAUNCH}.UserData.Data',
                help='user data to supply to the instance'),
            # 3.x sent this as LaunchSpecification.UserData, which EC2
            # ignores; it is the same .Data member as --user-data.
            Arg('--user-data-file', metavar='FILE',
                type=user_data_file,
                dest=f'{LAUNCH}.UserData.Data',
                help='file containing user data to supply to the '
                     'instance')),
        Arg('--subnet', metavar='SUBNET', dest=f'{LAUNCH}.SubnetId',
            help="[VPC only] subnet to create the instance's network "
                 "interface in"),
        Arg('--private-ip-address', metavar='ADDRESS',
            dest=f'{LAUNCH}.PrivateIpAddress',
            help="[VPC only] assign a specific primary private IP address "
                 "to the instance's interface"),
        Arg('--monitor', action='store_true',
            dest=f'{LAUNCH}.Monitoring.Enabled',
            help='enable detailed monitoring for the instance'),
        Arg('--instance-initiated-shutdown-behavior',
            dest=f'{LAUNCH}.InstanceInitiatedShutdownBehavior',
            choices=('stop', 'terminate'),
            help='whether to "stop" (default) or terminate the instance '
                 'when it shuts down'),
        Arg('--key', dest=f'{LAUNCH}.KeyName', metavar='KEYPAIR',
            help='[Eucalyptus only] name of the key pair to use when '
                 'running the instance')]
