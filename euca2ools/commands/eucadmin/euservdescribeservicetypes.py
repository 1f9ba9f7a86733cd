from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EuservRequest, entries
from euca2ools.commands.eucadmin.euservdescribeservices import SHOW_HEADERS


class EuservDescribeServiceTypes(EuservRequest):
    COMMAND = 'euserv-describe-service-types'
    ACTION = 'DescribeAvailableServiceTypes'
    DESCRIPTION = 'List available service types'
    ARGS = [Arg('-a', '--all', dest='show_all', action='store_true',
                route_to=None,
                help='show all service types regardless of their '
                     'properties'),
            SHOW_HEADERS]

    def print_result(self, result):
        table = []
        for svctype in result.get('available') or []:
            registerable = str(svctype.get('registerable', '')).lower()
            if registerable != 'false' or self.args.get('show_all'):
                groups = sorted(g or '' for g in
                                entries(svctype.get('serviceGroups')))
                table.append(('SVCTYPE', svctype.get('componentName'),
                              ','.join(groups), svctype.get('description')))
        self.print_table(table, ('SVCTYPE', 'type', 'groups', 'description'),
                         sort_column=1)
