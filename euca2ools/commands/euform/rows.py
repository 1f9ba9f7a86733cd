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


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS) ----------

COLUMNS = (
    ('STACK', ['"STACK"', 'stack name', 'status', 'status reason',
               'description', 'creation time']),
    # the two untagged lines --show-long adds after each STACK row
    ('STACK ID (--show-long)', ['stack ID']),
    ('NOTIFICATION ARNS (--show-long)', [
        'notification ARNs (comma-separated)']),
    ('PARAMETER', ['"PARAMETER"', 'key', 'use previous value', 'value']),
    ('OUTPUT', ['"OUTPUT"', 'key', 'value']),
    ('EVENT', ['"EVENT"', 'stack name', 'event ID', 'resource type',
               'logical resource ID', 'physical resource ID', 'timestamp',
               'resource status', 'resource status reason']),
    ('RESOURCE', ['"RESOURCE"', 'logical resource ID', 'physical resource ID',
                  'resource type', 'last updated time', 'resource status',
                  'resource status reason']),
    ('DESCRIPTION', ['"DESCRIPTION"', 'template description']),
    ('CAPABILITY', ['"CAPABILITY"', 'capability']),
    ('CAPABILITIESREASON', ['"CAPABILITIESREASON"', 'capabilities reason']),
    ('PARAMETER (template)', ['"PARAMETER"', 'key', 'no echo',
                              'default value', 'description']),
)
