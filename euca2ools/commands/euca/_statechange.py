"""Commands that change instances' state and print INSTANCE state rows."""

from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows


class InstanceStateRequest(EC2Request):
    ARGS = [Arg('InstanceId', metavar='INSTANCE', nargs='+',
                help='ID(s) of the instance(s) (required)')]

    def print_result(self, result):
        for change in result.get('instancesSet') or []:
            self.print_row(*rows.instance_state_change(change))


class MonitoringRequest(EC2Request):
    ARGS = InstanceStateRequest.ARGS

    def print_result(self, result):
        for inst in result.get('instancesSet') or []:
            state = (inst.get('monitoring') or {}).get('state')
            self.print_row(inst.get('instanceId'), f'monitoring-{state}')
