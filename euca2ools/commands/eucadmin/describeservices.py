import sys

from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EucadminRequest, rows


class DescribeServices(EucadminRequest):
    COMMAND = 'euca-describe-services'
    ROW_TYPES = ('SERVICE', 'SERVICEEVENT')
    ACTION = 'DescribeServices'
    DESCRIPTION = "Show the state of the cloud's services"
    # eucadmin always sent its booleans, false included.
    ARGS = [Arg('ServiceName', metavar='SERVICE', nargs='*',
                help='limit results to services with these names'),
            Arg('-A', '--all', dest='ListAll', action='store_true',
                default=False, help='show all services'),
            Arg('--system-internal', dest='ListInternal',
                action='store_true', default=False,
                help='show internal services too'),
            Arg('--user-services', dest='ListUserServices',
                action='store_true', default=False,
                help='show the user-facing services'),
            Arg('-T', '--filter-type', dest='ByServiceType', metavar='TYPE',
                help='limit results to services of this type'),
            Arg('-H', '--filter-host', dest='ByHost', metavar='HOST',
                help='limit results to services on this host'),
            Arg('-F', '--filter-state', dest='ByState', metavar='STATE',
                help='limit results to services in this state'),
            Arg('-P', '--filter-partition', dest='ByPartition',
                metavar='PARTITION',
                help='limit results to services in this partition'),
            Arg('-E', '--events', dest='ShowEvents', action='store_true',
                default=False, help="show the services' events"),
            Arg('--events-verbose', dest='ShowEventStacks',
                action='store_true', default=False,
                help="show the services' events with stack traces")]

    def preprocess(self):
        if self.params.get('ShowEventStacks'):
            self.params['ShowEvents'] = True

    def print_result(self, result):
        show_events = self.params.get('ShowEvents')
        for status in result.get('serviceStatuses') or []:
            self.emit(rows.service(status))
            if not show_events:
                continue
            for warning, lines in rows.service_events(
                    status, self.params.get('ShowEventStacks')):
                print(warning, file=self.context.stderr or sys.stderr)
                for line in lines:
                    self.emit(line)
