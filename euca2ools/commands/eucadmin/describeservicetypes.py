from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EucadminRequest, entries, rows


class DescribeServiceTypes(EucadminRequest):
    COMMAND = 'euca-describe-service-types'
    ACTION = 'DescribeAvailableServiceTypes'
    DESCRIPTION = 'List the available service types and their traits'
    ARGS = [Arg('-v', '--verbose', dest='Verbose', action='store_true',
                default=False, help='be verbose')]

    def print_result(self, result):
        available = result.get('available') or []
        for svctype in available:
            self.emit(f"SERVICE\t{svctype.get('componentName') or '':<21.21}"
                      f"\t{rows.service_type_flags(svctype)}"
                      f"\t{svctype.get('description') or ''}")
        for row_tag, key in (('SERVICEGROUP', 'serviceGroupMembers'),
                             ('GROUPMEMBER', 'serviceGroups')):
            for svctype in available:
                names = ','.join(n or '' for n in entries(svctype.get(key)))
                if names:
                    self.emit(f'{row_tag}\t'
                              f"{svctype.get('componentName') or '':<21.21}"
                              f'\t{names}')
