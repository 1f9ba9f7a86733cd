"""The Auto Scaling row types, each defined once (euca2ools-output-formats.md,
section 6).

Each function takes one parsed object (and, where the command has
--show-long, whether the long form is wanted) and returns or yields rows:
lists whose first field is the row tag.  ``long_only(long, ...)`` marks the
columns --show-long inserts in the middle of a row.
"""

from euca2ools.core.output import as_list as _list


def long_only(long, *values):
    return values if long else ()


def _joined(values):
    return ','.join(str(v) for v in _list(values) if v is not None) or None


def auto_scaling_group(group, long=False):
    name = group.get('AutoScalingGroupName')
    yield ['AUTO-SCALING-GROUP', name, group.get('LaunchConfigurationName'),
           _joined(group.get('AvailabilityZones')),
           *long_only(long, group.get('CreatedTime')),
           _joined(group.get('LoadBalancerNames')),
           *long_only(long, group.get('HealthCheckType')),
           group.get('MinSize'), group.get('MaxSize'),
           group.get('DesiredCapacity'),
           *long_only(long, group.get('DefaultCooldown'),
                      group.get('HealthCheckGracePeriod'),
                      group.get('VPCZoneIdentifier'),
                      group.get('PlacementGroup'),
                      group.get('AutoScalingGroupARN')),
           _joined(group.get('TerminationPolicies'))]
    for inst in _list(group.get('Instances')):
        yield ['INSTANCE', inst.get('InstanceId'),
               inst.get('AvailabilityZone'), inst.get('LifecycleState'),
               inst.get('HealthStatus'), inst.get('LaunchConfigurationName')]
    for process in _list(group.get('SuspendedProcesses')):
        yield ['SUSPENDED-PROCESS', process.get('ProcessName'),
               process.get('SuspensionReason'), name]
    for metric in _list(group.get('EnabledMetrics')):
        yield ['ENABLED-METRICS', metric.get('Metric'),
               metric.get('Granularity')]
    for tag in _list(group.get('Tags')):
        yield ['TAG', tag.get('ResourceType'), tag.get('ResourceId'),
               tag.get('Key'), tag.get('Value'), tag.get('PropagateAtLaunch')]


def auto_scaling_instance(inst):
    return ['INSTANCE', inst.get('InstanceId'),
            inst.get('AutoScalingGroupName'), inst.get('AvailabilityZone'),
            inst.get('LifecycleState'), inst.get('HealthStatus'),
            inst.get('LaunchConfigurationName')]


def block_device_mappings(mappings):
    """{dev=snap:size|dev=ephemeralN,...}, or None without mappings."""
    shown = []
    for mapping in _list(mappings):
        ebs = mapping.get('Ebs')
        if mapping.get('VirtualName'):
            mapped = mapping['VirtualName']
        elif isinstance(ebs, dict):
            mapped = (f"{ebs.get('SnapshotId') or ''}:"
                      f"{ebs.get('VolumeSize') or ''}")
        else:
            mapped = 'none'
        shown.append(f"{mapping.get('DeviceName')}={mapped}")
    return '{' + ','.join(shown) + '}' if shown else None


def launch_config(config, long=False):
    monitoring = config.get('InstanceMonitoring')
    return ['LAUNCH-CONFIG', config.get('LaunchConfigurationName'),
            config.get('ImageId'), config.get('InstanceType'),
            *long_only(long, config.get('KeyName'), config.get('KernelId'),
                       config.get('RamdiskId'),
                       block_device_mappings(
                           config.get('BlockDeviceMappings')),
                       _joined(config.get('SecurityGroups')),
                       config.get('CreatedTime'),
                       monitoring.get('Enabled')
                       if isinstance(monitoring, dict) else None,
                       config.get('LaunchConfigurationARN')),
            config.get('SpotPrice'), config.get('IamInstanceProfile'),
            *long_only(long, config.get('EbsOptimized'),
                       config.get('AssociatePublicIpAddress'))]


def policy_arn(policy):
    # moto spells it PolicyArn; AWS and Eucalyptus PolicyARN.
    return policy.get('PolicyARN') or policy.get('PolicyArn')


def scaling_policy(policy, long=False):
    return ['SCALING-POLICY', policy.get('AutoScalingGroupName'),
            policy.get('PolicyName'), policy.get('ScalingAdjustment'),
            *long_only(long, policy.get('MinAdjustmentStep')),
            policy.get('AdjustmentType'),
            *long_only(long, policy.get('Cooldown')), policy_arn(policy)]


def activity(act, long=False):
    return ['ACTIVITY', act.get('ActivityId'), act.get('EndTime'),
            act.get('AutoScalingGroupName'), act.get('StatusCode'),
            act.get('StatusMessage'),
            *long_only(long, act.get('Cause'), act.get('Progress'),
                       act.get('Description'), act.get('Details'),
                       act.get('StartTime'))]


def terminated_instance(act, long=False):
    return ['INSTANCE', act.get('ActivityId'), act.get('EndTime'),
            act.get('StatusCode'), act.get('Cause'),
            *long_only(long, act.get('StatusMessage'), act.get('Progress'),
                       act.get('Description'), act.get('StartTime'))]


def scheduled_action(action, long=False):
    return ['UPDATE-GROUP-ACTION', action.get('AutoScalingGroupName'),
            action.get('ScheduledActionName'), action.get('StartTime'),
            action.get('Recurrence'), action.get('MinSize'),
            action.get('MaxSize'), action.get('DesiredCapacity'),
            *long_only(long, action.get('ScheduledActionARN'))]


def tag(tag_):
    # The ID comes before the type here, unlike the group's TAG rows.
    return ['TAG', tag_.get('ResourceId'), tag_.get('ResourceType'),
            tag_.get('Key'), tag_.get('Value'), tag_.get('PropagateAtLaunch')]


def notification_config(config):
    return ['NOTIFICATION-CONFIG', config.get('AutoScalingGroupName'),
            config.get('TopicARN'), config.get('NotificationType')]


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS) ----------

COLUMNS = (
    ('AUTO-SCALING-GROUP', [
        '"AUTO-SCALING-GROUP"', 'name', 'launch configuration',
        'availability zones', 'load balancers', 'min size', 'max size',
        'desired capacity', 'termination policies']),
    ('AUTO-SCALING-GROUP (--show-long)', [
        '"AUTO-SCALING-GROUP"', 'name', 'launch configuration',
        'availability zones', 'created time', 'load balancers',
        'health check type', 'min size', 'max size', 'desired capacity',
        'default cooldown', 'health check grace period',
        'VPC zone identifier (subnets)', 'placement group', 'ARN',
        'termination policies']),
    ('INSTANCE (group member)', ['"INSTANCE"', 'instance ID',
                                 'availability zone', 'lifecycle state',
                                 'health status', 'launch configuration']),
    ('SUSPENDED-PROCESS', ['"SUSPENDED-PROCESS"', 'process name',
                           'suspension reason', 'group name']),
    ('ENABLED-METRICS', ['"ENABLED-METRICS"', 'metric', 'granularity']),
    ('TAG (group)', ['"TAG"', 'resource type', 'resource ID', 'key', 'value',
                     'propagate at launch']),
    ('LAUNCH-CONFIG', ['"LAUNCH-CONFIG"', 'name', 'image ID',
                       'instance type', 'spot price', 'instance profile']),
    ('LAUNCH-CONFIG (--show-long)', [
        '"LAUNCH-CONFIG"', 'name', 'image ID', 'instance type', 'key pair',
        'kernel ID', 'ramdisk ID',
        'block device mappings {device=snapshot:size|device=ephemeralN,...}',
        'security groups', 'created time', 'monitoring enabled', 'ARN',
        'spot price', 'instance profile', 'EBS-optimized',
        'associate public IP address']),
    ('INSTANCE (auto scaling instance)', [
        '"INSTANCE"', 'instance ID', 'group name', 'availability zone',
        'lifecycle state', 'health status', 'launch configuration']),
)
