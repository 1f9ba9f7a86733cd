from euca2ools.commands.euscale._typelist import TypeListRequest


class DescribeMetricCollectionTypes(TypeListRequest):
    COMMAND = 'euscale-describe-metric-collection-types'
    ACTION = 'DescribeMetricCollectionTypes'
    DESCRIPTION = 'Describe auto-scaling metrics and granularities'
    ROWS = [('METRIC-COLLECTION-TYPE', 'Metrics', 'Metric'),
            ('METRIC-GRANULARITY-TYPE', 'Granularities', 'Granularity')]
