from euca2ools.commands.euscale import (CAPACITY_WAITER, AutoScalingRequest,
                                        group_arg, group_settings)


class UpdateAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-update-auto-scaling-group'
    ACTION = 'UpdateAutoScalingGroup'
    DESCRIPTION = "Update an auto-scaling group's parameters"
    WAIT = CAPACITY_WAITER
    ARGS = [group_arg('name of the auto-scaling group to update (required)'),
            *group_settings(required=False)]
