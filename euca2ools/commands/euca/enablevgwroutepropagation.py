from euca2ools.commands.euca._vpc import VgwRoutePropagationRequest


class EnableVgwRoutePropagation(VgwRoutePropagationRequest):
    COMMAND = 'euca-enable-vgw-route-propagation'
    ACTION = 'EnableVgwRoutePropagation'
    DESCRIPTION = ('Allow a VPC route table to obtain routes from a virtual '
                   'private gateway')
