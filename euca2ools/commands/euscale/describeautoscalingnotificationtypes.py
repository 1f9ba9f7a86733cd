from euca2ools.commands.euscale._typelist import TypeListRequest


class DescribeAutoScalingNotificationTypes(TypeListRequest):
    COMMAND = 'euscale-describe-auto-scaling-notification-types'
    ACTION = 'DescribeAutoScalingNotificationTypes'
    DESCRIPTION = 'List all notification types supported by the service'
    ROWS = [('NOTIFICATION-TYPE', 'AutoScalingNotificationTypes', None)]
