from euca2ools.commands.eulb import InstanceListRequest, instances_arg, lb_name


class RegisterInstancesWithLoadBalancer(InstanceListRequest):
    COMMAND = 'eulb-register-instances-with-lb'
    ACTION = 'RegisterInstancesWithLoadBalancer'
    DESCRIPTION = 'Add one or more instances to a load balancer'
    ARGS = [lb_name(),
            instances_arg('IDs of the instances to register with the load '
                          'balancer (required)')]
