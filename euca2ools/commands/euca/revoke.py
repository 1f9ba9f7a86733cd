from euca2ools.commands.euca._securitygrouprule import SecurityGroupRuleRequest


class Revoke(SecurityGroupRuleRequest):
    COMMAND = 'euca-revoke'
    ACTION = INGRESS_ACTION = 'RevokeSecurityGroupIngress'
    EGRESS_ACTION = 'RevokeSecurityGroupEgress'
    DESCRIPTION = 'Remove a rule from a security group'
