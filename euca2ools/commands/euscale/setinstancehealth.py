from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingRequest, bool_pair


class SetInstanceHealth(AutoScalingRequest):
    COMMAND = 'euscale-set-instance-health'
    ACTION = 'SetInstanceHealth'
    DESCRIPTION = "Manually set an auto-scaling instance's health status"
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to update (required)'),
            Arg('-s', '--status', dest='HealthStatus', required=True,
                choices=('Healthy', 'Unhealthy'),
                help='new health status for the instance (required)'),
            bool_pair('ShouldRespectGracePeriod', ('--respect-grace-period',),
                      ('--no-respect-grace-period',),
                      "respect the group's health check grace period",
                      "ignore the group's health check grace period")]
