"""The user data options of commands that launch instances
(euca-run-instances, euca-request-spot-instances)."""

import base64
import os

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList, UsageError
from euca2ools.core.argtypes import user_data_file


def user_data_args():
    return MutuallyExclusiveArgList(
        Arg('-d', '--user-data', metavar='DATA', route_to=LOCAL,
            help='user data to pass to the instances'),
        Arg('--user-data-force', metavar='DATA', route_to=LOCAL,
            help='like -d, even when DATA names a file'),
        Arg('-f', '--user-data-file', metavar='FILE', route_to=LOCAL,
            type=user_data_file,
            help='file containing user data to pass to the instances'))


def check_user_data(args):
    data = args.get('user_data')
    if data and os.path.isfile(data):
        raise UsageError('argument -d/--user-data: to pass the contents '
                         'of a file as user data, use -f/--user-data-file;'
                         ' to pass this text anyway, use '
                         '--user-data-force')


def encoded_user_data(args):
    """The user data from -d, --user-data-force or -f, base64-encoded."""
    text = args.get('user_data') or args.get('user_data_force')
    if text:
        return base64.b64encode(text.encode('utf-8')).decode('ascii')
    return args.get('user_data_file')
