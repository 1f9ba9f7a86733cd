from euca2ools.commands.eulb import JoinedListRequest, lb_name, zones_arg


class DisableAvailabilityZonesForLoadBalancer(JoinedListRequest):
    COMMAND = 'eulb-disable-zones-for-lb'
    ACTION = 'DisableAvailabilityZonesForLoadBalancer'
    DESCRIPTION = 'Remove a load balancer from one or more availability zones'
    ARGS = [lb_name(),
            zones_arg('availability zones to remove the load balancer from '
                      '(required)')]
    ROW_TAG = 'AVAILABILITY_ZONES'
    RESULT_KEY = 'AvailabilityZones'
