from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingDescribe, rows


class DescribeNotificationConfigurations(AutoScalingDescribe):
    COMMAND = 'euscale-describe-notification-configurations'
    ACTION = 'DescribeNotificationConfigurations'
    DESCRIPTION = ('Describe notification actions associated with '
                   'auto-scaling groups')
    ARGS = [Arg('AutoScalingGroupNames.member', metavar='ASGROUP', nargs='*',
                help='limit results to specific auto-scaling groups')]
    LIST = 'NotificationConfigurations'

    def print_result(self, result):
        for config in self.items(result):
            self.print_row(*rows.notification_config(config))
