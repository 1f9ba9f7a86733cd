"""MFA device commands: a user and a device serial number, and for enabling
and resynchronising two consecutive codes."""

from euca2ools.core import Arg
from euca2ools.commands.euare import IAMRequest, user


class MFARequest(IAMRequest):
    ARGS = [*user('user owning the MFA device (required)'),
            Arg('-s', '--serial-number', dest='SerialNumber',
                metavar='SERIAL', required=True,
                help='serial number of the MFA device (required)')]


class MFACodesRequest(MFARequest):
    ARGS = [Arg('-c1', dest='AuthenticationCode1', metavar='CODE',
                required=True,
                help='an authentication code emitted by the MFA device '
                     '(required)'),
            Arg('-c2', dest='AuthenticationCode2', metavar='CODE',
                required=True,
                help='the subsequent authentication code emitted by the '
                     'MFA device (required)')]
