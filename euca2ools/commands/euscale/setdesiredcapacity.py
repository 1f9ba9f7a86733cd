from euca2ools.core import Arg
from euca2ools.commands.euscale import (CAPACITY_WAITER, AutoScalingRequest,
                                        group_arg, honor_cooldown)


class SetDesiredCapacity(AutoScalingRequest):
    COMMAND = 'euscale-set-desired-capacity'
    ACTION = 'SetDesiredCapacity'
    DESCRIPTION = "Set an auto-scaling group's desired capacity"
    WAIT = CAPACITY_WAITER
    ARGS = [group_arg(),
            Arg('-c', '--desired-capacity', dest='DesiredCapacity',
                metavar='DESIREDCAPACITY', type=int, required=True,
                help='new capacity setting for the group (required)'),
            honor_cooldown()]
