from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._vpc import gateway_vpc_args


class DetachVpnGateway(EC2Request):
    COMMAND = 'euca-detach-vpn-gateway'
    ACTION = 'DetachVpnGateway'
    DESCRIPTION = 'Detach a virtual private gateway from a VPC'
    ARGS = gateway_vpc_args('VpnGatewayId', 'VGATEWAY',
                            'virtual private gateway', 'detach')
