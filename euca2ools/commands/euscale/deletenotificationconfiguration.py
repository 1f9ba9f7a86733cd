from euca2ools.core import Arg
from euca2ools.commands.euscale import FORCE, AutoScalingRequest, group_arg


class DeleteNotificationConfiguration(AutoScalingRequest):
    COMMAND = 'euscale-delete-notification-configuration'
    ACTION = 'DeleteNotificationConfiguration'
    DESCRIPTION = "Delete an auto-scaling group's notification configuration"
    ARGS = [group_arg(),
            Arg('-t', '--topic-arn', dest='TopicARN', metavar='TOPIC',
                required=True, help='ARN of the SNS topic associated with '
                'the configuration to delete (required)'),
            FORCE]
