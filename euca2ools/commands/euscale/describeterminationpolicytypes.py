from euca2ools.commands.euscale._typelist import TypeListRequest


class DescribeTerminationPolicyTypes(TypeListRequest):
    COMMAND = 'euscale-describe-termination-policy-types'
    ACTION = 'DescribeTerminationPolicyTypes'
    DESCRIPTION = 'List all termination policies supported by the service'
    ROWS = [('TERMINATION-POLICY-TYPE', 'TerminationPolicyTypes', None)]
