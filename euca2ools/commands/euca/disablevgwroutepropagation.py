from euca2ools.commands.euca._vpc import VgwRoutePropagationRequest


class DisableVgwRoutePropagation(VgwRoutePropagationRequest):
    COMMAND = 'euca-disable-vgw-route-propagation'
    ACTION = 'DisableVgwRoutePropagation'
    DESCRIPTION = ('Make a VPC route table stop obtaining routes from a '
                   'virtual private gateway')
