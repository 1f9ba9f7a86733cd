"""Auto Scaling (euscale-*): the service, the base request and shared args."""

import argparse

from euca2ools.core.args import show_long as core_show_long
from euca2ools.core import (LOCAL, Arg, BaseService, MutuallyExclusiveArgList,
                            QueryRequest, Waiter)
from euca2ools.core.argtypes import delimited_list


class AutoScaling(BaseService):
    NAME = 'autoscaling'
    DESCRIPTION = 'Auto-scaling service'
    API_VERSION = '2011-01-01'
    TYPES = 'autoscaling'
    DATA_ACTIONS = frozenset(('PutScalingPolicy',
                              'TerminateInstanceInAutoScalingGroup'))
    URL_ENVVARS = ('AWS_AUTO_SCALING_URL', 'AWS_ENDPOINT_URL_AUTO_SCALING')
    AWS_SERVICE_ID = 'AUTO_SCALING'


# Response elements that are lists even when empty or holding one item.
AUTOSCALING_LIST_TAGS = [
    'AutoScalingGroups', 'AvailabilityZones', 'EnabledMetrics', 'Instances',
    'LoadBalancerNames', 'SuspendedProcesses', 'Tags', 'TerminationPolicies',
    'LaunchConfigurations', 'SecurityGroups', 'BlockDeviceMappings',
    'ScalingPolicies', 'Alarms', 'Activities', 'ScheduledUpdateGroupActions',
    'NotificationConfigurations', 'AutoScalingInstances', 'AdjustmentTypes',
    'AutoScalingNotificationTypes', 'Processes', 'TerminationPolicyTypes',
    'Metrics', 'Granularities', 'TargetGroupARNs',
]


class AutoScalingRequest(QueryRequest):
    SERVICE_CLASS = AutoScaling
    LIST_TAGS = AUTOSCALING_LIST_TAGS
    TABULAR = False        # only the commands that print rows have it


class AutoScalingDescribe(AutoScalingRequest):
    """A describe command: rows and --show-empty-fields."""
    TABULAR = True
    LIST = None            # the response list the command prints

    @property
    def long(self):
        return bool(self.args.get('show_long'))

    def items(self, result):
        return result.get(self.LIST) or []


class _CapacityWaiter(Waiter):
    """A group whose InService instances number its desired capacity: the
    one the command set, else the group's own."""

    def counts(self, command, group):
        desired = command.args.get('DesiredCapacity')
        if desired is None:
            desired = group.get('DesiredCapacity')
        try:
            desired = int(desired)
        except (TypeError, ValueError):
            desired = None
        in_service = sum(1 for instance in group.get('Instances') or []
                         if isinstance(instance, dict) and
                         instance.get('LifecycleState') == 'InService')
        return in_service, desired

    def state_of(self, command, group):
        in_service, desired = self.counts(command, group)
        return f'{in_service} of {"?" if desired is None else desired} ' \
            'InService'

    def done(self, command, group, state):
        in_service, desired = self.counts(command, group)
        return in_service == desired


# --wait for euscale-set-desired-capacity and -update-auto-scaling-group.
# A group deleted meanwhile ends the wait with an error.
CAPACITY_WAITER = _CapacityWaiter(
    'auto-scaling group', 'euca2ools.commands.euscale.'
    'describeautoscalinggroups:DescribeAutoScalingGroups',
    ids='args:AutoScalingGroupName', id_param='AutoScalingGroupNames.member',
    items='AutoScalingGroups', item_id='AutoScalingGroupName',
    state='', success=(), goal='at desired capacity', gone='failure')


def show_long(what='info', hidden=False):
    return core_show_long(f'show all of {what}', hidden)


def comma_list(*flags, dest, metavar, help, **kwargs):
    """An option whose value is a comma-separated list (ITEM1,ITEM2,...)."""
    return Arg(*flags, dest=dest, metavar=metavar, type=delimited_list(','),
               help=help, **kwargs)


def group_arg(help='name of the auto-scaling group (required)',
              complete='auto-scaling-group'):
    return Arg('AutoScalingGroupName', metavar='ASGROUP', help=help,
               complete=complete)


def group_option(required=True, flags=('-g', '--auto-scaling-group')):
    return Arg(*flags, dest='AutoScalingGroupName', metavar='ASGROUP',
               required=required,
               help='name of the auto-scaling group'
                    + (' (required)' if required else ''))


# Upstream's hidden -f/--force, accepted and ignored for compatibility.
FORCE = Arg('-f', '--force', action='store_true', route_to=LOCAL,
            help=argparse.SUPPRESS)


def bool_pair(dest, yes, no, yes_help, no_help, required=False):
    """Two exclusive flags that send DEST=true or DEST=false."""
    pair = MutuallyExclusiveArgList(
        Arg(*yes, dest=dest, action='store_const', const=True,
            help=yes_help),
        Arg(*no, dest=dest, action='store_const', const=False,
            help=no_help))
    return pair.required() if required else pair


def honor_cooldown():
    return bool_pair(
        'HonorCooldown', ('-h', '--honor-cooldown'),
        ('-H', '--no-honor-cooldown'),
        'reject the request if the group is in cooldown (default: '
        'override any cooldown period)',
        'override any cooldown period (default)')


def processes_arg():
    return comma_list('--processes', dest='ScalingProcesses.member',
                      metavar='PROCESS1,PROCESS2,...',
                      help='comma-separated list of auto-scaling processes '
                           '(default: all processes)')


def metrics_arg():
    return comma_list('-m', '--metrics', dest='Metrics.member',
                      metavar='METRIC1,METRIC2,...',
                      help='comma-separated list of group metrics (default: '
                           'all metrics)')


def tag_definition(text):
    """"k=KEY, id=RESOURCE, t=TYPE, v=VALUE, p={true,false}" -> a tag."""
    names = {'k': 'Key', 'id': 'ResourceId', 't': 'ResourceType',
             'v': 'Value', 'p': 'PropagateAtLaunch'}
    tag = {}
    for piece in text.split(','):
        piece = piece.strip()
        key, sep, value = piece.partition('=')
        if not sep:
            raise argparse.ArgumentTypeError(
                f"invalid tag definition: segment '{piece}' must have form "
                'KEY=VALUE')
        key = key.strip()
        if key not in names:
            raise argparse.ArgumentTypeError(
                f"unrecognized tag segment '{piece}' (use k=, id=, t=, v= "
                'or p=)')
        if key == 'p':
            value = value.strip().lower()
            if value not in ('true', 'false'):
                raise argparse.ArgumentTypeError(
                    "value for 'p=' must be 'true' or 'false'")
        tag[names[key]] = value
    if not tag.get('Key'):
        raise argparse.ArgumentTypeError(
            f"tag '{text}' must contain a 'k=' segment with a non-empty value")
    return tag


def tag_arg(required=False):
    return Arg('--tag', dest='Tags.member', type=tag_definition,
               action='append', required=required,
               metavar='TAG',
               help='tags to create or update, in the form "id=RESOURCE, '
                    't=RESOURCE-TYPE, k=KEY, v=VALUE, p=PROPAGATE", where k '
                    "is the tag's name, v its value, id a resource ID, t a "
                    'resource type and p (true or false) whether to '
                    'propagate the tag to instances the group launches.  '
                    "'k=' is required; the rest are optional."
                    + (' (repeatable, required)' if required
                       else ' (repeatable)'))


def group_settings(required):
    """The group options create- and update-auto-scaling-group share."""
    req = ' (required)' if required else ''
    return [
        Arg('-l', '--launch-configuration', dest='LaunchConfigurationName',
            metavar='LAUNCHCONFIG', required=required,
            help='name of the launch configuration the group uses' + req),
        Arg('-M', '--max-size', dest='MaxSize', metavar='COUNT', type=int,
            required=required, help='maximum group size' + req),
        Arg('-m', '--min-size', dest='MinSize', metavar='COUNT', type=int,
            required=required, help='minimum group size' + req),
        Arg('--default-cooldown', dest='DefaultCooldown', metavar='SECONDS',
            type=int, help='amount of time, in seconds, after a scaling '
            'activity completes before any further trigger-related scaling '
            'activities may start'),
        Arg('--desired-capacity', dest='DesiredCapacity', metavar='COUNT',
            type=int,
            help='number of running instances the group should contain'),
        Arg('--grace-period', dest='HealthCheckGracePeriod',
            metavar='SECONDS', type=int, help='number of seconds to wait '
            'before starting health checks on newly-created instances'),
        Arg('--health-check-type', dest='HealthCheckType',
            choices=('EC2', 'ELB'),
            help='service to obtain health check status from'),
        Arg('--placement-group', dest='PlacementGroup',
            metavar='PLACEMENTGROUP',
            help='placement group in which to launch new instances'),
        comma_list('--termination-policies',
                   dest='TerminationPolicies.member',
                   metavar='POLICY1,POLICY2,...',
                   help='ordered list of termination policies; the first '
                        'has the highest precedence'),
        Arg('--vpc-zone-identifier', dest='VPCZoneIdentifier',
            metavar='ZONE1,ZONE2,...', complete='subnet',
            help='comma-separated list of subnet identifiers; if you give '
                 "availability zones as well, the subnets' zones must match "
                 'them'),
        comma_list('-z', '--availability-zones',
                   dest='AvailabilityZones.member', metavar='ZONE1,ZONE2,...',
                   help='comma-separated list of availability zones for the '
                        'group' + (' (required unless subnets are given)'
                                   if required else ''))]
