from euca2ools.commands.eulb import ELBRequest, hidden_force_arg, lb_name


class DeleteLoadBalancer(ELBRequest):
    COMMAND = 'eulb-delete-lb'
    ACTION = 'DeleteLoadBalancer'
    DESCRIPTION = ('Delete a load balancer\n\nIf the load balancer does not '
                   'exist, this command still succeeds.')
    ARGS = [lb_name('name of the load balancer to delete (required)'),
            hidden_force_arg()]
