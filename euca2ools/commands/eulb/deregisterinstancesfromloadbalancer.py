from euca2ools.commands.eulb import InstanceListRequest, instances_arg, lb_name


class DeregisterInstancesFromLoadBalancer(InstanceListRequest):
    COMMAND = 'eulb-deregister-instances-from-lb'
    ACTION = 'DeregisterInstancesFromLoadBalancer'
    DESCRIPTION = 'Remove one or more instances from a load balancer'
    ARGS = [lb_name(),
            instances_arg('IDs of the instances to remove from the load '
                          'balancer (required)')]
