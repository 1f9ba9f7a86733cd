"""The CloudFormation row types (euca2ools-output-formats.md, section 8)."""


def stack(obj):
    return ['STACK', obj.get('StackName'), obj.get('StackStatus'),
            obj.get('StackStatusReason'),
            obj.get('Description') or obj.get('TemplateDescription'),
            obj.get('CreationTime')]


def stack_long_lines(obj):
    """The two untagged lines --show-long prints after a STACK row: the
    StackId, then the notification ARNs joined with ',' -- as 3.x joins its
    other list fields and as -n/--notification-arns takes them -- or an
    empty line for none (3.x printed a Python value here)."""
    arns = obj.get('NotificationARNs')
    arns = [arn for arn in arns if arn] if isinstance(arns, list) else []
    return [obj.get('StackId') or '', ','.join(arns)]


def parameter(obj):
    return ['PARAMETER', obj.get('ParameterKey'), obj.get('UsePreviousValue'),
            obj.get('ParameterValue')]


def output(obj):
    return ['OUTPUT', obj.get('OutputKey'), obj.get('OutputValue')]


def event(obj):
    return ['EVENT'] + [obj.get(key) for key in (
        'StackName', 'EventId', 'ResourceType', 'LogicalResourceId',
        'PhysicalResourceId', 'Timestamp', 'ResourceStatus',
        'ResourceStatusReason')]


def resource(obj):
    return ['RESOURCE'] + [obj.get(key) for key in (
        'LogicalResourceId', 'PhysicalResourceId', 'ResourceType',
        'LastUpdatedTimestamp', 'ResourceStatus', 'ResourceStatusReason')]


def template_parameter(obj):
    return ['PARAMETER', obj.get('ParameterKey'), obj.get('NoEcho'),
            obj.get('DefaultValue'), obj.get('Description')]
