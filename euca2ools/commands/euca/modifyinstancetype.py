from euca2ools.core import Arg, UsageError
from euca2ools.commands.euca import EC2Request

ATTRIBUTES = {'Cpu': '-c/--cpus', 'Disk': '-d/--disk',
              'Memory': '-m/--memory',
              'NetworkInterfaces': '-i/--network-interfaces'}


class ModifyInstanceType(EC2Request):
    COMMAND = 'euca-modify-instance-type'
    ACTION = 'ModifyInstanceTypeAttribute'
    DESCRIPTION = '[Eucalyptus cloud admin only] Modify an instance type'
    ARGS = [Arg('Name', metavar='INSTANCETYPE',
                help='name of the instance type to modify (required)'),
            Arg('-c', '--cpus', dest='Cpu', metavar='COUNT', type=int,
                help='number of virtual CPUs to allocate to each instance'),
            Arg('-d', '--disk', dest='Disk', metavar='GiB', type=int,
                help='amount of instance storage to allow each instance'),
            Arg('-m', '--memory', dest='Memory', metavar='MiB', type=int,
                help='amount of RAM to allocate to each instance'),
            Arg('-i', '--network-interfaces', dest='NetworkInterfaces',
                metavar='COUNT', type=int,
                help='number of network interfaces to allow each instance'),
            Arg('--reset', dest='Reset', action='store_true',
                help='reset the instance type to its default configuration')]

    def configure(self):
        given = [flag for dest, flag in ATTRIBUTES.items()
                 if self.args.get(dest) is not None]
        if self.args.get('Reset') and given:
            raise UsageError(f'argument --reset may not be used with '
                             f'instance type attributes ({", ".join(given)})')
        for dest, flag in ATTRIBUTES.items():
            value = self.args.get(dest)
            if value is not None and value < (0 if dest == 'Disk' else 1):
                raise UsageError(f'argument {flag}: value must be positive')

    def print_result(self, result):
        newtype = result.get('instanceType') or {}
        self.print_row('INSTANCETYPE', newtype.get('name'), newtype.get('cpu'),
                       newtype.get('memory'), newtype.get('disk'))
