from euca2ools.commands.euca._vpc import VpnConnectionRouteRequest


class DeleteVpnConnectionRoute(VpnConnectionRouteRequest):
    COMMAND = 'euca-delete-vpn-connection-route'
    ACTION = 'DeleteVpnConnectionRoute'
    DESCRIPTION = ('Delete a static route from a virtual private gateway to '
                   'a customer gateway')
