from euca2ools.commands.eulb import (PolicyListRequest, lb_name, lb_port_arg,
                                     policy_names_arg)


class SetLoadBalancerPoliciesOfListener(PolicyListRequest):
    COMMAND = 'eulb-set-lb-policies-of-listener'
    ACTION = 'SetLoadBalancerPoliciesOfListener'
    DESCRIPTION = 'Change the policy associated with a load balancer listener'
    ARGS = [lb_name(),
            lb_port_arg('port of the listener to modify (required)'),
            policy_names_arg("list of policies to associate with the "
                             "listener (required; '' removes them all)")]
