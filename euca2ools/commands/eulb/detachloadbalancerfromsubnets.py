from euca2ools.commands.eulb import JoinedListRequest, lb_name, subnets_arg


class DetachLoadBalancerFromSubnets(JoinedListRequest):
    COMMAND = 'eulb-detach-lb-from-subnets'
    ACTION = 'DetachLoadBalancerFromSubnets'
    DESCRIPTION = '[VPC only] Remove a load balancer from one or more subnets'
    ARGS = [lb_name(),
            subnets_arg('IDs of the subnets to remove the load balancer from '
                        '(required)')]
    ROW_TAG = 'SUBNETS'
    RESULT_KEY = 'Subnets'
    SEPARATOR = ','    # euca2ools 3.x joins these without a space
