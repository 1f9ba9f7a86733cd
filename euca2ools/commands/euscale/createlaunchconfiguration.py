from euca2ools.core import Arg
from euca2ools.core.argtypes import block_device_mapping, delimited_list
from euca2ools.core.userdata import (check_user_data, encoded_user_data,
                                     user_data_args)
from euca2ools.core.args import EMPTY
from euca2ools.commands.euscale import (AutoScalingRequest, bool_pair,
                                        comma_list)


class CreateLaunchConfiguration(AutoScalingRequest):
    COMMAND = 'euscale-create-launch-config'
    EXAMPLES = (
        ('Create a launch configuration',
         'euscale-create-launch-config -i ami-0123456789abcdef0 -t m1.small '
         '--key mykey --group web web-lc'),
        ('Create one with user data from a file and monitoring on',
         'euscale-create-launch-config -i ami-0123456789abcdef0 -t m1.small '
         '-f cloud-init.txt --monitoring-enabled web-lc-2'),
    )
    ACTION = 'CreateLaunchConfiguration'
    DESCRIPTION = 'Create a new auto-scaling instance launch configuration'
    ARGS = [
        Arg('LaunchConfigurationName', metavar='LAUNCHCONFIG', complete=None,
            help='name of the new launch configuration (required)'),
        Arg('-i', '--image-id', dest='ImageId', metavar='IMAGE',
            required=True,
            help='machine image to use for instances (required)'),
        Arg('-t', '--instance-type', dest='InstanceType', metavar='TYPE',
            required=True,
            help='instance type for use for instances (required)'),
        Arg('--associate-public-ip-address', dest='AssociatePublicIpAddress',
            choices=('true', 'false'),
            help='[VPC only] whether to assign instances a public IP '
                 'address'),
        Arg('--block-device-mapping', dest='BlockDeviceMappings.member',
            metavar='DEVICE1=MAPPED1,DEVICE2=MAPPED2,...',
            type=delimited_list(',', item_type=block_device_mapping),
            help='comma-separated list of block device mappings for the '
                 'image, in the form DEVICE=MAPPED, where MAPPED is "none", '
                 '"ephemeral(0-3)", or "[SNAP-ID]:[GiB]:[true|false]"'),
        Arg('--ebs-optimized', dest='EbsOptimized', action='store_true',
            help='whether the instance is optimized for EBS I/O'),
        comma_list('--group', dest='SecurityGroups.member',
                   metavar='GROUP1,GROUP2,...', complete='security-group',
                   help='comma-separated list of security groups with which '
                        'to associate instances: either all group names or '
                        'all group IDs, not both'),
        Arg('--iam-instance-profile', dest='IamInstanceProfile',
            metavar='PROFILE', help="ARN of the instance profile associated "
            "with instances' IAM roles"),
        Arg('--kernel', dest='KernelId', metavar='KERNEL',
            help='kernel image to use for instances'),
        Arg('--key', dest='KeyName', metavar='KEYPAIR',
            help='name of the key pair to use for instances'),
        bool_pair('InstanceMonitoring.Enabled', ('--monitoring-enabled',),
                  ('--monitoring-disabled',),
                  'enable detailed monitoring (enabled by default)',
                  'disable detailed monitoring (enabled by default)'),
        Arg('--ramdisk', dest='RamdiskId', metavar='RAMDISK',
            help='ramdisk image to use for instances'),
        Arg('--spot-price', dest='SpotPrice', metavar='PRICE',
            help='maximum hourly price for any spot instances launched'),
        user_data_args('to make available to instances')]

    def configure(self):
        check_user_data(self.args)

    def preprocess(self):
        args = self.args
        self.params['UserData'] = encoded_user_data(args)
        for mapping in self.params.get('BlockDeviceMappings.member') or []:
            # Auto Scaling's NoDevice is a boolean, not EC2's empty string.
            if mapping.get('NoDevice') is EMPTY:
                mapping['NoDevice'] = True
