from euca2ools.core import Arg
from euca2ools.commands.euscale import (AutoScalingRequest, comma_list,
                                        group_arg)


class PutNotificationConfiguration(AutoScalingRequest):
    COMMAND = 'euscale-put-notification-configuration'
    ACTION = 'PutNotificationConfiguration'
    DESCRIPTION = ("Create or replace an auto-scaling group's notification "
                   'configuration')
    ARGS = [group_arg(),
            comma_list('-n', '--notification-types',
                       dest='NotificationTypes.member',
                       metavar='TYPE1,TYPE2,...', required=True,
                       help='comma-separated list of event types that will '
                            'trigger notification (required)'),
            Arg('-t', '--topic-arn', dest='TopicARN', metavar='TOPIC',
                required=True, help='ARN of the SNS topic to publish '
                'notifications to (required)')]
