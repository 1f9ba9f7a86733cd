from euca2ools.commands.euscale import (AutoScalingRequest, group_arg,
                                        metrics_arg)


class DisableMetricsCollection(AutoScalingRequest):
    COMMAND = 'euscale-disable-metrics-collection'
    ACTION = 'DisableMetricsCollection'
    DESCRIPTION = "Disable monitoring of an auto-scaling group's group metrics"
    ARGS = [group_arg(), metrics_arg()]
