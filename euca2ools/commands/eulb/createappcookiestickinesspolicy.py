from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, lb_name, policy_name_arg


class CreateAppCookieStickinessPolicy(ELBRequest):
    COMMAND = 'eulb-create-app-cookie-stickiness-policy'
    ACTION = 'CreateAppCookieStickinessPolicy'
    DESCRIPTION = ('Create a new stickiness policy for a load balancer, '
                   'whereby the server application generates a cookie and '
                   'adds it to its responses.  The load balancer will then '
                   'use this cookie to route requests from each user to the '
                   'same back end instance.  This type of policy can only be '
                   'associated with HTTP or HTTPS listeners.')
    ARGS = [lb_name(),
            Arg('-c', '--cookie-name', dest='CookieName', metavar='COOKIENAME',
                required=True,
                help='name of the cookie used for stickiness (required)'),
            policy_name_arg()]
