from euca2ools.core import LOCAL, Arg, filters
from euca2ools.core.args import STATUS_CHECK_STATES
from euca2ools.commands.euca import EC2Request


class DescribeInstanceStatus(EC2Request):
    COMMAND = 'euca-describe-instance-status'
    ACTION = 'DescribeInstanceStatus'
    STREAM = 'instanceStatusSet'
    DESCRIPTION = ('Show information about instance status and scheduled '
                   'events')
    ARGS = [Arg('InstanceId', metavar='INSTANCE', nargs='*',
                help='limit results to specific instances'),
            Arg('--hide-healthy', action='store_true', route_to=LOCAL,
                help='hide instances where all status checks pass'),
            Arg('--include-all-instances', dest='IncludeAllInstances',
                action='store_true',
                help='show all instances, not just those that are running')]
    FILTERS = filters(
        'availability-zone', 'event.code', 'event.description',
        'event.not-after', 'event.not-before', 'instance-state-code',
        'instance-state-name', 'instance-status.status',
        'instance-status.reachability', 'system-status.status',
        'system-status.reachability',
        values={'instance-status.status': STATUS_CHECK_STATES,
                'system-status.status': STATUS_CHECK_STATES})

    def print_result(self, result):
        for status in result.get('instanceStatusSet') or []:
            system = status.get('systemStatus') or {}
            instance = status.get('instanceStatus') or {}
            if (self.args.get('hide_healthy') and system.get('status') == 'ok'
                    and instance.get('status') == 'ok'):
                continue
            events = status.get('eventsSet') or []
            # Retirement is not in the API; scheduled events imply it.
            starts = [e.get('notBefore') for e in events if e.get('notBefore')]
            state = status.get('instanceState') or {}
            self.print_row('INSTANCE', status.get('instanceId'),
                           status.get('availabilityZone'), state.get('name'),
                           state.get('code'), instance.get('status'),
                           system.get('status'),
                           'retiring' if events else 'active',
                           min(starts) if starts else None)
            for tag, source in (('SYSTEMSTATUS', system),
                                ('INSTANCESTATUS', instance)):
                for detail in source.get('details') or []:
                    self.print_row(tag, detail.get('name'),
                                   detail.get('status'),
                                   detail.get('impairedSince'))
            for event in events:
                self.print_row('EVENT', event.get('code'),
                               event.get('notBefore'), event.get('notAfter'),
                               event.get('description'))
