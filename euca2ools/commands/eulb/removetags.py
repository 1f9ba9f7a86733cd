from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, _argtypes


class RemoveTags(ELBRequest):
    COMMAND = 'eulb-delete-tags'
    ACTION = 'RemoveTags'
    DESCRIPTION = 'Remove one or more tags from a load balancer'
    ARGS = [Arg('LoadBalancerNames.member.1', metavar='ELB',
                help='name of the load balancer to untag (required)'),
            Arg('-t', '--tag', dest='Tags.member', action='append',
                required=True, metavar='KEY', type=_argtypes.tag_key,
                help='key of each tag to remove (required)')]
