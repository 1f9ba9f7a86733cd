from euca2ools.core import Arg
from euca2ools.commands.eulb import (PolicyListRequest, _argtypes, lb_name,
                                     policy_names_arg)


class SetLoadBalancerPoliciesForBackendServer(PolicyListRequest):
    COMMAND = 'eulb-set-lb-policies-for-backend-server'
    ACTION = 'SetLoadBalancerPoliciesForBackendServer'
    DESCRIPTION = ('Change the policies associated with a port on which '
                   'load-balanced back end servers listen.')
    ARGS = [lb_name(),
            Arg('-i', '--instance-port', dest='InstancePort', metavar='PORT',
                type=_argtypes.port, required=True,
                help='port number of the back end server (required)'),
            policy_names_arg("list of policies to associate with the back "
                             "end server (required; '' removes them all)")]
