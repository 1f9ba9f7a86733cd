import argparse

from euca2ools.core import Arg, Filter, MutuallyExclusiveArgList
from euca2ools.commands.eucadmin import EuservRequest

SHOW_HEADERS = Arg('--show-headers', action='store_true', route_to=None,
                   help='show column headers')


class EuservDescribeServices(EuservRequest):
    COMMAND = 'euserv-describe-services'
    ACTION = 'DescribeServices'
    DESCRIPTION = "Show information about the cloud's services"
    ARGS = [Arg('ServiceName', metavar='SVCINSTANCE', nargs='*',
                help='limit results to specific instances of services'),
            Arg('-a', '--all', dest='ListAll', action='store_true',
                help='show all services regardless of type'),
            Arg('--show-events', dest='ShowEvents', action='store_true',
                help=argparse.SUPPRESS),
            Arg('--show-stack-traces', dest='ShowEventStacks',
                action='store_true', help=argparse.SUPPRESS),
            MutuallyExclusiveArgList(
                Arg('--group-by-type', action='store_true', route_to=None,
                    help='collate services by service type (default)'),
                Arg('--group-by-zone', action='store_true', route_to=None,
                    help='collate services by availability zone'),
                Arg('--group-by-host', action='store_true', route_to=None,
                    help='collate services by host'),
                Arg('--expert', action='store_true', route_to=None,
                    help='show advanced information, including service '
                         'accounts')),
            SHOW_HEADERS]
    FILTERS = [
        Filter('availability-zone', help="the service's availability zone"),
        Filter('host', help='the machine running the service'),
        Filter('internal', help='whether the service is used only '
                                'internally (true or false)'),
        Filter('public', help='whether the service is public (true or '
                              'false)'),
        Filter('service-group', help='whether the service is a member of a '
                                     'specific service group'),
        Filter('service-group-member', help='whether the service is a '
               'member of any service group (true or false)'),
        Filter('service-type', help='the type of service'),
        Filter('state', help="the service's state")]

    @classmethod
    def filter_params(cls, specs):
        params = super().filter_params(specs)
        for spec in params.get('Filter', []):
            if spec['Name'] == 'availability-zone':
                spec['Name'] = 'partition'   # the server's name for it
        return params

    def print_result(self, result):
        services = []
        for status in result.get('serviceStatuses') or []:
            sid = status.get('serviceId') or {}
            services.append((sid, status,
                             (status.get('localState') or '').lower()))
        if self.args.get('expert'):
            table = []
            for sid, status, state in services:
                accounts = sorted(
                    f"{a.get('accountName')}={a.get('accountNumber')}:"
                    f"{a.get('accountCanonicalId')}"
                    for a in status.get('serviceAccounts') or [])
                table.append(('SERVICE', sid.get('fullName'), state,
                              status.get('localEpoch'), sid.get('uri'),
                              ','.join(accounts)))
            self.print_table(table, ('SERVICE', 'arn', 'state', 'epoch',
                                     'uri', 'accounts'), sort_column=1)
            return
        if self.args.get('group_by_host'):
            columns, grouping = ('host', 'type', 'name'), ('host',)
        elif self.args.get('group_by_zone'):
            columns = ('partition', 'type', 'name')
            grouping = ('partition', 'type')
            # Services outside any zone are not listed by zone.
            services = [s for s in services if s[0].get('partition')]
        else:
            columns, grouping = ('type', 'partition', 'name'), ('type',)
        # A stable sort: by group, keeping the server's order within one.
        services.sort(key=lambda s: tuple(s[0].get(c) or ''
                                          for c in grouping))
        headers = ['SERVICE'] + [
            'zone' if c == 'partition' else c for c in columns] + ['state']
        self.print_table(
            [['SERVICE'] + [sid.get(c) for c in columns] + [state]
             for sid, _, state in services], headers)
