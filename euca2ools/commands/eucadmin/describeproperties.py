from euca2ools.core import Arg
from euca2ools.commands.eucadmin import EucadminRequest


class DescribeProperties(EucadminRequest):
    COMMAND = 'euca-describe-properties'
    ACTION = 'DescribeProperties'
    DESCRIPTION = "Show the cloud's configurable properties"
    ARGS = [Arg('Property', metavar='PROPERTY', nargs='*',
                help='limit results to properties starting with these '
                     'prefixes'),
            Arg('-v', '--verbose', action='store_true', route_to=None,
                help="also show the properties' descriptions")]

    def print_result(self, result):
        for prop in result.get('properties') or []:
            self.print_row('PROPERTY', prop.get('name'), prop.get('value'))
            if self.args.get('verbose') and prop.get('description'):
                self.print_row('DESCRIPTION', prop.get('name'),
                               prop.get('description'))
