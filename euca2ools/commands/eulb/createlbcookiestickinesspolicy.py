from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, lb_name, policy_name_arg


class CreateLBCookieStickinessPolicy(ELBRequest):
    COMMAND = 'eulb-create-lb-cookie-stickiness-policy'
    ACTION = 'CreateLBCookieStickinessPolicy'
    DESCRIPTION = ('Create a new stickiness policy for a load balancer, '
                   'whereby the load balancer automatically generates cookies '
                   'that it uses to route requests from each user to the same '
                   'back end instance.  This type of policy can only be '
                   'associated with HTTP or HTTPS listeners.')
    ARGS = [lb_name(),
            Arg('-e', '--expiration-period', dest='CookieExpirationPeriod',
                metavar='SECONDS', type=int, required=True,
                help='time period after which cookies should be considered '
                     'stale (required)'),
            policy_name_arg()]
