from euca2ools.core import Arg
from euca2ools.commands.euscale import (AutoScalingRequest, group_arg,
                                        metrics_arg)


class EnableMetricsCollection(AutoScalingRequest):
    COMMAND = 'euscale-enable-metrics-collection'
    ACTION = 'EnableMetricsCollection'
    DESCRIPTION = "Enable monitoring of an auto-scaling group's group metrics"
    ARGS = [group_arg(),
            Arg('-g', '--granularity', dest='Granularity', required=True,
                help='granularity at which to collect metrics (e.g. '
                     '"1Minute") (required)'),
            metrics_arg()]
