import argparse

from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import inline_text, user_data_file
from euca2ools.commands.euca import EC2Request

TRUE_FALSE = ('true', 'false')


def delete_on_termination_mapping(text):
    """DEVICE=::true or DEVICE=::false."""
    device, sep, mapping = text.partition('=')
    fields = mapping.split(':')
    if (not sep or not device or len(fields) != 3 or fields[0] or fields[1]
            or fields[2] not in TRUE_FALSE):
        raise argparse.ArgumentTypeError(
            f'block device mapping {text!r} must have form DEVICE=::true or '
            'DEVICE=::false')
    return {'DeviceName': device,
            'Ebs': {'DeleteOnTermination': fields[2]}}


class ModifyInstanceAttribute(EC2Request):
    COMMAND = 'euca-modify-instance-attribute'
    EXAMPLES = (
        ("Change a stopped instance's type",
         'euca-modify-instance-attribute -t m1.large i-0123456789abcdef0'),
    )
    ACTION = 'ModifyInstanceAttribute'
    DESCRIPTION = 'Modify an attribute of an instance'
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to modify (required)'),
            MutuallyExclusiveArgList(
                Arg('-b', '--block-device-mapping', dest='BlockDeviceMapping',
                    metavar='DEVICE=::(true|false)', action='append',
                    type=delete_on_termination_mapping, default=[],
                    help="change whether a volume attached to the instance "
                         "will be deleted upon the instance's termination "
                         "(repeatable)"),
                Arg('--disable-api-termination', choices=TRUE_FALSE,
                    dest='DisableApiTermination.Value',
                    help='change whether or not the instance may be '
                         'terminated'),
                Arg('--ebs-optimized', dest='EbsOptimized.Value',
                    choices=TRUE_FALSE,
                    help='change whether or not the instance should be '
                         'optimized for EBS I/O'),
                Arg('-g', '--group-id', dest='GroupId', metavar='GROUP',
                    complete='security-group-id',
                    action='append', default=[],
                    help='[VPC only] change the security group(s) the '
                         'instance is in (repeatable)'),
                Arg('--instance-initiated-shutdown-behavior',
                    dest='InstanceInitiatedShutdownBehavior.Value',
                    choices=('stop', 'terminate'),
                    help='whether to stop or terminate the EBS instance when '
                         'it shuts down (instance-store instances are always '
                         'terminated)'),
                Arg('-t', '--instance-type', dest='InstanceType.Value',
                    metavar='INSTANCETYPE', help="change the instance's type"),
                Arg('--kernel', dest='Kernel.Value', metavar='IMAGE',
                    complete='kernel',
                    help="change the instance's kernel image"),
                Arg('--ramdisk', dest='Ramdisk.Value', metavar='IMAGE',
                    complete='ramdisk',
                    help="change the instance's ramdisk image"),
                Arg('--source-dest-check', dest='SourceDestCheck.Value',
                    choices=TRUE_FALSE,
                    help='change whether source/destination address checking '
                         'is enabled'),
                Arg('--sriov', dest='SriovNetSupport.Value', metavar='simple',
                    choices=('simple',),
                    help='enable enhanced networking for the instance and its '
                         'descendants'),
                Arg('--user-data', dest='UserData.Value', metavar='DATA',
                    type=inline_text,
                    help="change the instance's user data (must be "
                         "base64-encoded)"),
                Arg('--user-data-file', dest='UserData.Value',
                    metavar='FILE', type=user_data_file,
                    help="change the instance's user data to the contents of "
                         "a file"))
            .required()]
