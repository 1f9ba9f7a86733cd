from euca2ools.commands.euscale import (AutoScalingRequest, comma_list,
                                        group_arg, group_settings, tag_arg)


class CreateAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-create-auto-scaling-group'
    EXAMPLES = (
        ('Create a group of two to six instances in two zones',
         'euscale-create-auto-scaling-group -l web-lc -m 2 -M 6 -z '
         'us-east-1a,us-east-1b web-asg'),
        ('Create a group behind a load balancer, tagging its instances',
         'euscale-create-auto-scaling-group -l web-lc -m 1 -M 4 '
         '--desired-capacity 2 -z us-east-1a --load-balancers web-lb --tag '
         'k=Name,v=web,p=true web-asg'),
    )
    ACTION = 'CreateAutoScalingGroup'
    DESCRIPTION = 'Create a new auto-scaling group'
    ARGS = [group_arg('name of the new auto-scaling group (required)',
                      complete=None),
            *group_settings(required=True),
            comma_list('--load-balancers', dest='LoadBalancerNames.member',
                       metavar='ELB1,ELB2,...',
                       help='comma-separated list of load balancers to use'),
            tag_arg()]

    def preprocess(self):
        # A tag without id=/t= belongs to the group being created.
        for tag in self.params.get('Tags.member') or []:
            tag.setdefault('ResourceId', self.params['AutoScalingGroupName'])
            tag.setdefault('ResourceType', 'auto-scaling-group')
