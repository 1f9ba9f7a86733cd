from euca2ools.commands.eulb import (JoinedListRequest, lb_name,
                                     security_groups_arg)


class ApplySecurityGroupsToLoadBalancer(JoinedListRequest):
    COMMAND = 'eulb-apply-security-groups-to-lb'
    ACTION = 'ApplySecurityGroupsToLoadBalancer'
    DESCRIPTION = ('[VPC only] Associate one or more security groups with a '
                   'load balancer.  All previous associations with security '
                   'groups will be replaced.')
    ARGS = [lb_name(),
            security_groups_arg('security groups to associate the load '
                                'balancer with (required)')]
    ROW_TAG = 'SECURITY_GROUPS'
    RESULT_KEY = 'SecurityGroups'
