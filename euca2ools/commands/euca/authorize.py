from euca2ools.commands.euca._securitygrouprule import SecurityGroupRuleRequest


class Authorize(SecurityGroupRuleRequest):
    COMMAND = 'euca-authorize'
    EXAMPLES = (
        ('Allow SSH to the group web from one network',
         'euca-authorize -P tcp -p 22 -s 192.0.2.0/24 web'),
        ('Allow HTTP from anywhere',
         'euca-authorize -P tcp -p 80 -s 0.0.0.0/0 web'),
        ('Allow all traffic from the members of another group',
         'euca-authorize -P all -o lb -u 123456789012 web'),
    )
    ACTION = INGRESS_ACTION = 'AuthorizeSecurityGroupIngress'
    EGRESS_ACTION = 'AuthorizeSecurityGroupEgress'
    # The answer is {"Return": true}: scripts that read every answer as
    # JSON get it here too.
    JSON_OUTPUT = True
    DESCRIPTION = 'Add a rule to a security group that allows traffic to pass'
