from euca2ools.commands.euca._vpc import VpnConnectionRouteRequest


class CreateVpnConnectionRoute(VpnConnectionRouteRequest):
    COMMAND = 'euca-create-vpn-connection-route'
    ACTION = 'CreateVpnConnectionRoute'
    DESCRIPTION = ('Create a static route that sends traffic from a virtual '
                   'private gateway to a customer gateway')
