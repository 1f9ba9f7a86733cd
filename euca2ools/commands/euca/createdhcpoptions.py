import argparse

from euca2ools.core import Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import RowsRequest

DHCP_OPTION_KEYS = ('domain-name-servers', 'domain-name', 'ntp-servers',
                    'netbios-name-servers', 'netbios-node-type')


def dhcp_option(text):
    key, sep, values = text.partition('=')
    if not sep:
        raise argparse.ArgumentTypeError(
            f'{text!r} must have form KEY=VALUE,VALUE,...')
    if key not in DHCP_OPTION_KEYS:
        raise argparse.ArgumentTypeError(
            f'{key!r} is not a DHCP option; choose from '
            + ', '.join(DHCP_OPTION_KEYS))
    return {'Key': key, 'Value': values.split(',')}


class CreateDhcpOptions(RowsRequest):
    COMMAND = 'euca-create-dhcp-options'
    ACTION = 'CreateDhcpOptions'
    DESCRIPTION = 'Create a VPC DHCP option set'
    ARGS = [Arg('DhcpConfiguration', metavar='KEY=VALUE,...',
                nargs='+', type=dhcp_option,
                help='key and one or more values for a DHCP option (choose '
                     'from ' + ', '.join(DHCP_OPTION_KEYS) + ') (required)')]
    RESULT = 'dhcpOptions'
    ROWS = rows.dhcp_options
