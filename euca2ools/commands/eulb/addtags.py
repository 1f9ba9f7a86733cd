from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, tags_arg


class AddTags(ELBRequest):
    COMMAND = 'eulb-create-tags'
    ACTION = 'AddTags'
    DESCRIPTION = 'Add one or more tags to a load balancer'
    ARGS = [Arg('LoadBalancerNames.member.1', metavar='ELB',
                help='name of the load balancer to tag (required)'),
            tags_arg('key and value of each tag to add (required)',
                     required=True)]
