from euca2ools.core import LOCAL, Arg
from euca2ools.commands.eulb import ELBRequest, _argtypes, lb_name


class ModifyLoadBalancerAttributes(ELBRequest):
    COMMAND = 'eulb-modify-lb-attributes'
    ACTION = 'ModifyLoadBalancerAttributes'
    DESCRIPTION = ("Modify a load balancer's attributes\n\n"
                   'Attribute names are dotted paths, e.g. '
                   'ConnectionDraining.Enabled=true, '
                   'ConnectionSettings.IdleTimeout=120, '
                   'CrossZoneLoadBalancing.Enabled=true, '
                   'AccessLog.S3BucketName=BUCKET.')
    ARGS = [lb_name(),
            Arg('attributes', metavar='ATTR=VALUE', nargs='+',
                type=_argtypes.lb_attribute, route_to=LOCAL,
                help='name and new value of each attribute to modify '
                     '(required)')]

    def preprocess(self):
        self.params['LoadBalancerAttributes'] = dict(self.args['attributes'])
