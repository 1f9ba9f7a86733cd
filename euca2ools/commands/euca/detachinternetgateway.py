from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._vpc import gateway_vpc_args


class DetachInternetGateway(EC2Request):
    COMMAND = 'euca-detach-internet-gateway'
    ACTION = 'DetachInternetGateway'
    DESCRIPTION = 'Detach an Internet gateway from a VPC'
    ARGS = gateway_vpc_args('InternetGatewayId', 'IGATEWAY',
                            'Internet gateway', 'detach')
