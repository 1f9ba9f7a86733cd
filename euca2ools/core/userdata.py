"""The user data options of commands that launch instances
(euca-run-instances, euca-request-spot-instances,
euscale-create-launch-config): -d DATA, --user-data-force DATA, -f FILE.
DATA may be file://PATH or fileb://PATH, read as the AWS CLI reads it."""

import os

from .args import LOCAL, Arg, MutuallyExclusiveArgList
from .argtypes import b64encoded, inline_bytes, user_data_file
from .errors import UsageError


def user_data_args(purpose='to pass to the instances'):
    return MutuallyExclusiveArgList(
        Arg('-d', '--user-data', metavar='DATA', route_to=LOCAL,
            help=f'user data {purpose} (or file://FILE)'),
        Arg('--user-data-force', metavar='DATA', route_to=LOCAL,
            help='like -d, even when DATA names a file'),
        Arg('-f', '--user-data-file', metavar='FILE', route_to=LOCAL,
            type=user_data_file,
            help=f'file containing user data {purpose}'))


def check_user_data(args):
    data = args.get('user_data')
    if data and not data.startswith(('file://', 'fileb://')) and \
            os.path.isfile(data):
        raise UsageError('argument -d/--user-data: to pass the contents '
                         'of a file as user data, use -f/--user-data-file;'
                         ' to pass this text anyway, use '
                         '--user-data-force')


def encoded_user_data(args):
    """The user data from -d, --user-data-force or -f, base64-encoded."""
    text = args.get('user_data') or args.get('user_data_force')
    if text:
        return b64encoded(inline_bytes(text))
    return args.get('user_data_file')
