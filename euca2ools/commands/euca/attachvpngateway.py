from euca2ools.commands.euca import EC2Request, rows
from euca2ools.commands.euca._vpc import gateway_vpc_args


class AttachVpnGateway(EC2Request):
    COMMAND = 'euca-attach-vpn-gateway'
    ACTION = 'AttachVpnGateway'
    DESCRIPTION = 'Attach a virtual private gateway to a VPC'
    ARGS = gateway_vpc_args('VpnGatewayId', 'VGATEWAY',
                            'virtual private gateway', 'attach')

    def print_result(self, result):
        self.print_row(*rows.vgw_attachment(result.get('attachment') or {}))
