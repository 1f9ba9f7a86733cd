from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._vpc import gateway_vpc_args


class AttachInternetGateway(EC2Request):
    COMMAND = 'euca-attach-internet-gateway'
    ACTION = 'AttachInternetGateway'
    DESCRIPTION = 'Attach an Internet gateway to a VPC'
    ARGS = gateway_vpc_args('InternetGatewayId', 'IGATEWAY',
                            'Internet gateway', 'attach')
