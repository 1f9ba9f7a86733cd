import sys

from euca2ools.core import Arg
from euca2ools.core.errors import MAX_SERVER_TEXT, printable
from euca2ools.commands.eucadmin import EucadminRequest, entries, rows
from euca2ools.commands.eucadmin.describeservices import DescribeServices


class RegistrationRequest(EucadminRequest):
    """Failures come back as HTTP 200 with statusMessages entries."""

    def failure_message(self, result):
        return '\nERROR\t'.join(
            [self.FAILURE] + [printable(m or '', MAX_SERVER_TEXT) for m in
                              entries(result.get('statusMessages'))])


class RegisterService(RegistrationRequest):
    COMMAND = 'euca-register-service'
    ROW_TYPES = ('SERVICE (registered)',)
    ACTION = 'RegisterService'
    DESCRIPTION = 'Register a new instance of a service'
    ARGS = [Arg('Name', metavar='NAME',
                help="the new service's name (must be unique) (required)"),
            Arg('-T', '--type', dest='Type', required=True,
                help='the type of the service to register (required)'),
            Arg('-P', '--partition', dest='Partition', required=True,
                help='the partition to register the service in (required)'),
            Arg('-H', '--host', dest='Host', required=True,
                help='the IP address of the host running the service '
                     '(required)'),
            Arg('-p', '--port', dest='Port', type=int, default=8773,
                help="the new service's port number (default: 8773)")]
    FAILURE = 'registration failed'

    def partitions(self):
        result = self.other(DescribeServices, {'ListAll': True}).main()
        return {(s.get('serviceId') or {}).get('partition')
                for s in result.get('serviceStatuses') or []}

    def main(self):
        before = self.partitions()
        result = super().main()
        new = self.partitions() - before
        if len(new) == 1:
            print(f"Created new partition '{new.pop()}'",
                  file=self.context.stderr or sys.stderr)
        return result

    def print_result(self, result):
        for sid in result.get('registeredServices') or []:
            self.emit(rows.registered_service(sid))
