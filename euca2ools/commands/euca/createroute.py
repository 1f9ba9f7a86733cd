from euca2ools.commands.euca._vpc import RouteRequest


class CreateRoute(RouteRequest):
    COMMAND = 'euca-create-route'
    ACTION = 'CreateRoute'
    DESCRIPTION = 'Add a route to a VPC route table'
