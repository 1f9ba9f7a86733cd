from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.commands.eulb import (ELBRequest, listeners_arg,
                                     security_groups_arg, subnets_arg,
                                     tags_arg, zones_arg)


class CreateLoadBalancer(ELBRequest):
    COMMAND = 'eulb-create-lb'
    EXAMPLES = (
        ('Create an HTTP load balancer in two zones',
         "eulb-create-lb -z us-east-1a,us-east-1b -l 'lb-port=80, "
         "protocol=HTTP, instance-port=80' web-lb"),
        ('Create an internal load balancer in a subnet',
         'eulb-create-lb -s subnet-0123456789abcdef0 -i internal -g '
         "sg-0123456789abcdef0 -l 'lb-port=443, protocol=TCP, "
         "instance-port=443' api-lb"),
    )
    ROW_TYPES = ('DNS_NAME',)
    ACTION = 'CreateLoadBalancer'
    DELIVERS = ('DNSName',)
    CHECK_WITH = 'eulb-describe-lbs'
    DESCRIPTION = ('Create a load balancer\n\nAfter the load balancer is '
                   'created, instances must be registered with it separately.')
    TABULAR = True
    ARGS = [Arg('LoadBalancerName', metavar='ELB', complete=None,
                help='name of the new load balancer (required)'),
            MutuallyExclusiveArgList(
                subnets_arg('[VPC only] subnets the load balancer should run '
                            'in (required)', required=False),
                zones_arg('[Non-VPC only] availability zones the load '
                          'balancer should run in (required)',
                          required=False)).required(),
            listeners_arg(),
            Arg('-i', '--scheme', dest='Scheme', choices=('internal',),
                metavar='internal',
                help='[VPC only] "internal" to make the new load balancer '
                     'private to a VPC'),
            security_groups_arg('[VPC only] IDs of the security groups to '
                                'assign to the new load balancer',
                                required=False),
            tags_arg('key and value of a tag to add to the new load '
                     'balancer (repeatable)')]

    def print_result(self, result):
        self.print_row('DNS_NAME', result.get('DNSName'))
