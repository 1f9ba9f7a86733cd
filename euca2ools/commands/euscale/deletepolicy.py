from euca2ools.core import Arg
from euca2ools.commands.euscale import (FORCE, AutoScalingRequest,
                                        group_option)


class DeletePolicy(AutoScalingRequest):
    COMMAND = 'euscale-delete-policy'
    ACTION = 'DeletePolicy'
    DESCRIPTION = 'Delete a scaling policy'
    ARGS = [Arg('PolicyName', metavar='POLICY',
                help='name of the policy to delete (required)'),
            group_option(), FORCE]
