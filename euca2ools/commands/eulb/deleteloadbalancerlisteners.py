from euca2ools.core import Arg
from euca2ools.commands.eulb import (ELBRequest, _argtypes, hidden_force_arg,
                                     lb_name)


class DeleteLoadBalancerListeners(ELBRequest):
    COMMAND = 'eulb-delete-lb-listeners'
    ACTION = 'DeleteLoadBalancerListeners'
    DESCRIPTION = ('Delete one or more listeners from a load balancer\n\nIf '
                   'a listener named with -l/--lb-ports does not exist, this '
                   'command still succeeds.')
    ARGS = [lb_name(),
            Arg('-l', '--lb-ports', dest='LoadBalancerPorts.member',
                metavar='PORT1,PORT2,...', required=True,
                type=_argtypes.comma_list(_argtypes.port),
                help='port numbers of the listeners to remove (required)'),
            hidden_force_arg()]
