from euca2ools.commands.euca._securitygrouprule import SecurityGroupRuleRequest


class Authorize(SecurityGroupRuleRequest):
    COMMAND = 'euca-authorize'
    ACTION = INGRESS_ACTION = 'AuthorizeSecurityGroupIngress'
    EGRESS_ACTION = 'AuthorizeSecurityGroupEgress'
    # The answer is {"Return": true}: scripts that read every answer as
    # JSON get it here too.
    JSON_OUTPUT = True
    DESCRIPTION = 'Add a rule to a security group that allows traffic to pass'
