from euca2ools.commands.eulb import ELBRequest, lb_name, listeners_arg


class CreateLoadBalancerListeners(ELBRequest):
    COMMAND = 'eulb-create-lb-listeners'
    ACTION = 'CreateLoadBalancerListeners'
    DESCRIPTION = 'Add one or more listeners to a load balancer'
    ARGS = [lb_name(), listeners_arg()]
