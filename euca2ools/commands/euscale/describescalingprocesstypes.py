from euca2ools.commands.euscale._typelist import TypeListRequest


class DescribeScalingProcessTypes(TypeListRequest):
    COMMAND = 'euscale-describe-process-types'
    ACTION = 'DescribeScalingProcessTypes'
    DESCRIPTION = 'List all types of scaling processes'
    ROWS = [('PROCESS', 'Processes', 'ProcessName')]
