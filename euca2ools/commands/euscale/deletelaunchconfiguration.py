from euca2ools.core import Arg
from euca2ools.commands.euscale import FORCE, AutoScalingRequest


class DeleteLaunchConfiguration(AutoScalingRequest):
    COMMAND = 'euscale-delete-launch-config'
    ACTION = 'DeleteLaunchConfiguration'
    DESCRIPTION = 'Delete an auto-scaling instance launch configuration'
    ARGS = [Arg('LaunchConfigurationName', metavar='LAUNCHCONFIG',
                help='name of the launch configuration to delete (required)'),
            FORCE]
