from euca2ools.core import Waiter
from euca2ools.commands.eulb import InstanceListRequest, instances_arg, lb_name


class _InServiceWaiter(Waiter):
    """The registered instances, by the load balancer's health checks."""

    def describe_args_for(self, command, ids):
        return {'LoadBalancerName': command.args.get('LoadBalancerName'),
                'Instances.member': [{'InstanceId': i} for i in ids]}

    def detail_of(self, state):
        detail = super().detail_of(state)
        return '' if detail == 'N/A' else detail


class RegisterInstancesWithLoadBalancer(InstanceListRequest):
    COMMAND = 'eulb-register-instances-with-lb'
    EXAMPLES = (
        ('Put two instances behind a load balancer',
         'eulb-register-instances-with-lb --instances '
         'i-0123456789abcdef0,i-0fedcba9876543210 web-lb'),
    )
    ACTION = 'RegisterInstancesWithLoadBalancer'
    DESCRIPTION = 'Add one or more instances to a load balancer'
    # No failure state: OutOfService is where every instance starts.
    WAIT = _InServiceWaiter(
        'instance', 'euca2ools.commands.eulb.describeinstancehealth:'
        'DescribeInstanceHealth', ids='args:Instances.member',
        id_param='Instances.member', items='InstanceStates',
        item_id='InstanceId', state='State', success=('InService',),
        detail='Description', not_found=('InvalidInstance',), many=True)
    ARGS = [lb_name(),
            instances_arg('IDs of the instances to register with the load '
                          'balancer (required)')]
