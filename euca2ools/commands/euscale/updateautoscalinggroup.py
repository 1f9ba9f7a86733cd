from euca2ools.commands.euscale import (AutoScalingRequest, group_arg,
                                        group_settings)


class UpdateAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-update-auto-scaling-group'
    ACTION = 'UpdateAutoScalingGroup'
    DESCRIPTION = "Update an auto-scaling group's parameters"
    ARGS = [group_arg('name of the auto-scaling group to update (required)'),
            *group_settings(required=False)]
