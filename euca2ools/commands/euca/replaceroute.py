from euca2ools.commands.euca._vpc import RouteRequest


class ReplaceRoute(RouteRequest):
    COMMAND = 'euca-replace-route'
    ACTION = 'ReplaceRoute'
    DESCRIPTION = 'Replace a route in a VPC route table'
