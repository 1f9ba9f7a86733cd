from euca2ools.commands.euscale import (AutoScalingRequest, comma_list,
                                        group_arg, group_settings, tag_arg)


class CreateAutoScalingGroup(AutoScalingRequest):
    COMMAND = 'euscale-create-auto-scaling-group'
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
