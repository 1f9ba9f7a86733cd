from euca2ools.commands.euscale import AutoScalingRequest


class DescribeAccountLimits(AutoScalingRequest):
    COMMAND = 'euscale-describe-account-limits'
    ACTION = 'DescribeAccountLimits'
    DESCRIPTION = "Describe your account's limits on auto-scaling resources"
    TABULAR = True

    def print_result(self, result):
        for key, value in sorted(result.items()):
            self.print_row(key, value)
