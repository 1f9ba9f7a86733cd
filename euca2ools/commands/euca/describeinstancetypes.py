from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca import EC2Request

# Column headers, in order; used/total/used_pct only with --show-capacity.
# NICs (the answer's networkInterfaces) came with euca2ools 3.4.0.
HEADERS = {'name': 'Name', 'cpu': 'CPUs', 'memory': 'Memory (MiB)',
           'disk': 'Disk (GiB)', 'nics': 'NICs', 'used': 'Used',
           'total': 'Total', 'used_pct': 'Used %'}


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


class DescribeInstanceTypes(EC2Request):
    COMMAND = 'euca-describe-instance-types'
    ACTION = 'DescribeInstanceTypes'
    DESCRIPTION = '[Eucalyptus only] Show information about instance types'
    # AWS's DescribeInstanceTypes came later, with another answer.
    JSON_MODELLED = False
    ARGS = [Arg('InstanceType', metavar='INSTANCETYPE', nargs='*',
                help='limit results to specific instance types'),
            Arg('--by-zone', action='store_true', route_to=LOCAL,
                help='show info for each availability zone separately'),
            Arg('--show-capacity', dest='Availability', action='store_true',
                help='show info about instance capacity')]

    def preprocess(self):
        if self.args.get('by_zone'):
            self.params['Availability'] = True

    def print_result(self, result):
        # Only --show-capacity adds the Used/Total columns; --by-zone asks
        # for the zones' capacity but (as in 3.x) does not print it.
        with_capacity = bool(self.args.get('Availability'))
        totals = []          # [(name, info)] in response order
        zones = {}           # zone -> [(name, info)]
        for vmtype in result.get('instanceTypeDetails') or []:
            base = {key: vmtype.get(key) for key in ('cpu', 'memory', 'disk')}
            base['nics'] = vmtype.get('networkInterfaces')
            total = dict(base, available=0, max=0)
            for zone in vmtype.get('availability') or []:
                available, most = (_int(zone.get('available')),
                                   _int(zone.get('max')))
                total['available'] += available
                total['max'] += most
                zones.setdefault(zone.get('zoneName'), []).append(
                    (vmtype.get('name'),
                     dict(base, available=available, max=most)))
            totals.append((vmtype.get('name'), total))
        if self.args.get('by_zone'):
            for zone in sorted(zones, key=lambda z: z or ''):
                self.print_row('AVAILABILITYZONE', zone)
                self._print_table(zones[zone], with_capacity)
                self.emit()
        else:
            self._print_table(totals, with_capacity)

    def _print_table(self, vmtypes, with_capacity):
        """A header line and one line per type, in space-aligned columns
        after an ``INSTANCETYPE<TAB>`` prefix."""
        lines = []
        for name, info in vmtypes:
            total = info['max']
            used = total - info['available']
            lines.append({'name': name, 'cpu': info['cpu'],
                          'memory': info['memory'], 'disk': info['disk'],
                          'nics': info['nics'],
                          'used': used, 'total': total,
                          'used_pct': f'{used / total:.0%}' if total else ''})
        widths = {key: max([len(header)] + [len(_text(line[key]))
                                             for line in lines])
                  for key, header in HEADERS.items()}

        def render(values):
            text = '  '.join([
                _text(values['name']).ljust(widths['name']),
                _text(values['cpu']).rjust(widths['cpu']),
                _text(values['memory']).rjust(widths['memory']),
                _text(values['disk']).rjust(widths['disk']),
                _text(values['nics']).rjust(widths['nics'])])
            if with_capacity:
                used, total, pct = (_text(values[key]).rjust(widths[key])
                                    for key in ('used', 'total', 'used_pct'))
                text += f'  {used} / {total}  {pct}'
            return 'INSTANCETYPE\t' + text

        self.emit(render(HEADERS))
        for line in lines:
            self.emit(render(line))


def _text(value):
    return '' if value is None else str(value)
