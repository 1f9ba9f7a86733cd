from euca2ools.commands.eulb import JoinedListRequest, lb_name, subnets_arg


class AttachLoadBalancerToSubnets(JoinedListRequest):
    COMMAND = 'eulb-attach-lb-to-subnets'
    ACTION = 'AttachLoadBalancerToSubnets'
    DESCRIPTION = '[VPC only] Add a load balancer to one or more subnets'
    ARGS = [lb_name(),
            subnets_arg('IDs of the subnets to add the load balancer to '
                        '(required)')]
    ROW_TAG = 'SUBNETS'
    RESULT_KEY = 'Subnets'
