from euca2ools.core import Arg, filters
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest


class DescribeDhcpOptions(RowsRequest):
    COMMAND = 'euca-describe-dhcp-options'
    ACTION = 'DescribeDhcpOptions'
    DESCRIPTION = 'Show information about VPC DHCP option sets'
    ARGS = [Arg('DhcpOptionsId', metavar='DHCPOPTS', nargs='*',
                help='limit results to specific DHCP option sets')]
    FILTERS = filters('dhcp-options-id', 'key', 'tag-key', 'tag-value',
                      'tag:KEY', 'value')
    RESULT = 'dhcpOptionsSet'
    ROWS = rows.dhcp_options
