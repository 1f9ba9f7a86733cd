from euca2ools.core import Arg, UsageError
from euca2ools.commands.eulb import ELBRequest, lb_name, rows


def _count(option, help):
    return Arg(option, dest='HealthCheck.' + ''.join(
        word.capitalize() for word in option.strip('-').split('-')),
        metavar='COUNT', type=int, required=True, help=help)


class ConfigureHealthCheck(ELBRequest):
    COMMAND = 'eulb-configure-healthcheck'
    ROW_TYPES = ('HEALTH_CHECK',)
    ACTION = 'ConfigureHealthCheck'
    DESCRIPTION = ('Configure health checking for instance registerd with a '
                   'load balancer')
    TABULAR = True
    ARGS = [lb_name(),
            _count('--healthy-threshold',
                   'number of consecutive successful health checks that '
                   'will mark instances as Healthy (required)'),
            Arg('--interval', dest='HealthCheck.Interval', metavar='SECONDS',
                type=int, required=True,
                help='approximate interval between health checks (required)'),
            Arg('-t', '--target', dest='HealthCheck.Target',
                metavar='PROTOCOL:PORT[/PATH]', required=True,
                help='connection target for health checks (required)'),
            Arg('--timeout', dest='HealthCheck.Timeout', metavar='SECONDS',
                type=int, required=True,
                help='maximum health check duration (required)'),
            _count('--unhealthy-threshold',
                   'number of consecutive failed health checks that will '
                   'mark instances as Unhealthy (required)')]

    @classmethod
    def check_argv(cls, parser, argv):
        # -h is --help; "-h 2" means a healthy threshold of 2, and would
        # print the help and do nothing.
        for index, item in enumerate(argv):
            if item == '--':
                return
            value = item[2:] if item.startswith('-h') and item != '-h' \
                else (argv[index + 1] if item == '-h'
                      and index + 1 < len(argv) else '')
            if value.lstrip('=').isdigit():
                raise UsageError('-h is --help here; the healthy threshold '
                                 'is --healthy-threshold')

    def configure(self):
        protocol, _, rest = self.args['HealthCheck.Target'].partition(':')
        port = rest.partition('/')[0]
        if not protocol or not port.isdigit():
            raise UsageError('argument -t/--target: must have form '
                             'PROTOCOL:PORT[/PATH]')
        if protocol.lower() in ('http', 'https') and '/' not in rest:
            raise UsageError('argument -t/--target: path is required for '
                             f'protocol {protocol!r}')

    def print_result(self, result):
        self.print_row(*rows.health_check(result.get('HealthCheck')))
