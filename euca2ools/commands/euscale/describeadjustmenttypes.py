from euca2ools.commands.euscale._typelist import TypeListRequest


class DescribeAdjustmentTypes(TypeListRequest):
    COMMAND = 'euscale-describe-adjustment-types'
    ACTION = 'DescribeAdjustmentTypes'
    DESCRIPTION = ('Describe policy adjustment types usable with scaling '
                   'policies')
    ROWS = [('ADJUSTMENT-TYPE', 'AdjustmentTypes', 'AdjustmentType')]
