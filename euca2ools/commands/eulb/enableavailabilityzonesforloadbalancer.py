from euca2ools.commands.eulb import JoinedListRequest, lb_name, zones_arg


class EnableAvailabilityZonesForLoadBalancer(JoinedListRequest):
    COMMAND = 'eulb-enable-zones-for-lb'
    ACTION = 'EnableAvailabilityZonesForLoadBalancer'
    DESCRIPTION = 'Add a load balancer to one or more availability zones'
    ARGS = [lb_name(),
            zones_arg('availability zones to add the load balancer to '
                      '(required)')]
    ROW_TAG = 'AVAILABILITY_ZONES'
    RESULT_KEY = 'AvailabilityZones'
