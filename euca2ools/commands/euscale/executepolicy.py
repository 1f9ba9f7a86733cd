from euca2ools.core import Arg
from euca2ools.commands.euscale import (AutoScalingRequest, group_option,
                                        honor_cooldown)


class ExecutePolicy(AutoScalingRequest):
    COMMAND = 'euscale-execute-policy'
    ACTION = 'ExecutePolicy'
    DESCRIPTION = 'Manually execute an auto-scaling policy'
    ARGS = [Arg('PolicyName', metavar='POLICY',
                help='name or ARN of the policy to run (required)'),
            group_option(required=False), honor_cooldown()]
