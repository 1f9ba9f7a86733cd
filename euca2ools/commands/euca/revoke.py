from euca2ools.commands.euca._securitygrouprule import SecurityGroupRuleRequest


class Revoke(SecurityGroupRuleRequest):
    COMMAND = 'euca-revoke'
    ACTION = INGRESS_ACTION = 'RevokeSecurityGroupIngress'
    EGRESS_ACTION = 'RevokeSecurityGroupEgress'
    # The answer is {"Return": true}: scripts that read every answer as
    # JSON get it here too.
    JSON_OUTPUT = True
    DESCRIPTION = 'Remove a rule from a security group'
