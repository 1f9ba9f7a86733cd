import base64
import binascii

from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingDescribe, rows, show_long


class DescribeLaunchConfigurations(AutoScalingDescribe):
    COMMAND = 'euscale-describe-launch-configs'
    ROW_TYPES = ('LAUNCH-CONFIG', 'LAUNCH-CONFIG (--show-long)')
    ACTION = 'DescribeLaunchConfigurations'
    DESCRIPTION = 'Describe auto-scaling instance launch configurations'
    ARGS = [Arg('LaunchConfigurationNames.member', metavar='LAUNCHCONFIG',
                nargs='*',
                help='limit results to specific launch configurations'),
            show_long("the launch configurations' info, and their user data")]
    LIST = STREAM = 'LaunchConfigurations'

    def print_result(self, result):
        for config in self.items(result):
            self.print_row(*rows.launch_config(config, self.long))
            if self.long and config.get('UserData'):
                self.print_row('USER-DATA',
                               config.get('LaunchConfigurationName'))
                self.emit(_decoded(config['UserData']))
                self.emit()


def _decoded(data):
    try:
        return base64.b64decode(data, validate=True).decode('utf-8')
    except (binascii.Error, UnicodeDecodeError):
        return data   # not base64 text: shown as the service sent it
