"""A role's trust policy: from a file, or built for one service."""

import argparse

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import file_contents
from euca2ools.commands.euare import rows


def trust_policy_source(dest, *file_flags, old_service_flag=False):
    args = [
        Arg(*file_flags, dest=dest, metavar='FILE', type=file_contents,
            help='file containing the trust policy for the role'),
        Arg('-s', '--service', route_to=LOCAL,
            help='service to allow access to the role (e.g. '
                 'ec2.amazonaws.com)')]
    if old_service_flag:
        args.append(Arg('--service_', route_to=LOCAL, help=argparse.SUPPRESS))
    return MutuallyExclusiveArgList(*args).required()


def apply_service(command, dest):
    """Fill ``dest`` with a trust policy for -s SERVICE, if given."""
    service = command.args.get('service') or command.args.get('service_')
    if service:
        command.params[dest] = rows.trust_policy(service)
