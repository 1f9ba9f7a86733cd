from euca2ools.core import Arg
from euca2ools.commands.eulb import ELBRequest, lb_name, lb_port_arg


class SetLoadBalancerListenerSSLCertificate(ELBRequest):
    COMMAND = 'eulb-set-lb-listener-ssl-cert'
    ACTION = 'SetLoadBalancerListenerSSLCertificate'
    DESCRIPTION = ("Change the certificate that terminates a load balancer's "
                   "listener's SSL connections")
    ARGS = [lb_name(),
            lb_port_arg('port that should use the certificate (required)'),
            Arg('-c', '--cert-id', dest='SSLCertificateId', metavar='ARN',
                required=True,
                help='ARN for the server certificate to use (required)')]
