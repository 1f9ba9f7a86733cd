from euca2ools.commands.eulb import ELBRequest, lb_name, policy_name_arg


class DeleteLoadBalancerPolicy(ELBRequest):
    COMMAND = 'eulb-delete-lb-policy'
    ACTION = 'DeleteLoadBalancerPolicy'
    DESCRIPTION = 'Delete a policy from a load balancer'
    ARGS = [lb_name(),
            policy_name_arg(help='name of the policy to delete (required)')]
