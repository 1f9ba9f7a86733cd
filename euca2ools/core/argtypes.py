"""argparse ``type=`` converters shared by several command families.

Each raises argparse.ArgumentTypeError so a bad value is a usage error
naming the option -- except a file that cannot be read (``read_file_arg``),
which is not a mistake in the command line: as in euca2ools 3.x, it is
``prog: error: No such file or directory: PATH``, exit 1.
"""

import argparse
import base64

from .args import EMPTY
from .errors import ClientError
from .settings import SIZE_FORM, parse_size


def block_device_mapping(text):
    """DEVICE=ephemeralN | DEVICE=none |
    DEVICE=[SNAP-ID]:[GiB]:[true|false]:[standard|TYPE[:IOPS]]"""
    device, sep, mapped = text.partition('=')
    if not sep or not device or not mapped:
        raise argparse.ArgumentTypeError(
            f'block device mapping {text!r} must have form DEVICE=MAPPED')
    if mapped.startswith('ephemeral'):
        return {'DeviceName': device, 'VirtualName': mapped}
    if mapped in ('none', 'no-device'):
        return {'DeviceName': device, 'NoDevice': EMPTY}
    fields = mapped.split(':')
    if len(fields) > 5:
        raise argparse.ArgumentTypeError(
            f'block device mapping {text!r}: too many ":" fields')
    fields += [''] * (5 - len(fields))
    snapshot, size, delete, voltype, iops = fields
    ebs = {}
    if snapshot:
        if not snapshot.startswith('snap-'):
            raise argparse.ArgumentTypeError(
                f'block device mapping {text!r}: {snapshot!r} is not a '
                'snapshot ID')
        ebs['SnapshotId'] = snapshot
    if size:
        if not size.isdigit():
            raise argparse.ArgumentTypeError(
                f'block device mapping {text!r}: size must be a whole '
                'number of GiB')
        ebs['VolumeSize'] = size
    if not snapshot and not size:
        raise argparse.ArgumentTypeError(
            f'block device mapping {text!r} needs a snapshot ID or a size')
    if delete:
        if delete not in ('true', 'false'):
            raise argparse.ArgumentTypeError(
                f'block device mapping {text!r}: delete-on-termination must '
                'be true or false')
        ebs['DeleteOnTermination'] = delete
    if voltype:
        ebs['VolumeType'] = voltype
    if iops:
        if not iops.isdigit():
            raise argparse.ArgumentTypeError(
                f'block device mapping {text!r}: IOPS must be a number')
        ebs['Iops'] = iops
    return {'DeviceName': device, 'Ebs': ebs}


def size(text):
    """A byte count, as settings.parse_size reads it: 10485760, 10M,
    1.5GiB."""
    return _size(text, False)


def positive_size(text):
    """A byte count of at least 1 (see ``size``)."""
    return _size(text, True)


def _size(text, positive):
    try:
        return parse_size(text, positive)
    except ValueError:
        what = 'a positive' if positive else 'a'
        raise argparse.ArgumentTypeError(
            f'{text!r} is not {what} {SIZE_FORM}') from None


def key_value(text):
    """KEY=VALUE (both required)."""
    key, sep, value = text.partition('=')
    if not sep or not key:
        raise argparse.ArgumentTypeError(f'{text!r} must have form KEY=VALUE')
    return key, value


def tag_spec(text):
    """KEY[=VALUE] as a {Key, Value} dict; a missing value is empty."""
    key, sep, value = text.partition('=')
    if not key:
        raise argparse.ArgumentTypeError(f'tag {text!r} needs a key')
    return {'Key': key, 'Value': value if sep else EMPTY}


def delimited_list(delimiter=',', item_type=str):
    def convert(text):
        try:
            return [item_type(item.strip()) for item in text.split(delimiter)
                    if item.strip()]
        except ValueError as err:
            raise argparse.ArgumentTypeError(str(err))
    convert.__name__ = 'list'
    return convert


def flexible_bool(text):
    lowered = text.strip().lower()
    if lowered in ('1', 'yes', 'y', 'true', 't', 'on'):
        return True
    if lowered in ('0', 'no', 'n', 'false', 'f', 'off'):
        return False
    raise argparse.ArgumentTypeError(f'{text!r} is not true or false')


def file_contents(path):
    """The text of a file ('-' for stdin)."""
    return read_file_arg(path).decode('utf-8')


def b64encoded_file_contents(path):
    return base64.b64encode(read_file_arg(path)).decode('ascii')


MAX_USER_DATA = 16 * 1024     # what EC2 accepts as user data, before base64


def user_data_file(path):
    """A user data file's bytes, base64-encoded, refused past EC2's
    bound."""
    return base64.b64encode(read_file_arg(path, MAX_USER_DATA)).decode(
        'ascii')


# Documents and user data are KBs (EC2 user data: 16 KiB; a CloudFormation
# template body: 51,200 bytes): a bound far above them keeps /dev/zero out.
MAX_FILE_ARG = 1024 * 1024


FILE_URI_PREFIXES = ('fileb://', 'file://')


def file_uri_path(text):
    """PATH of a file:// or fileb:// value (as the AWS CLI writes a file
    in place of a value), else None."""
    for prefix in FILE_URI_PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix):]
    return None


def inline_text(value):
    """A document given inline, or its file's text when it is written
    file://PATH or fileb://PATH (never taken literally)."""
    path = file_uri_path(value)
    return value if path is None else read_file_arg(path).decode('utf-8')


def inline_bytes(value):
    """User data given inline (as UTF-8), or its file's bytes when it is
    written file://PATH or fileb://PATH."""
    path = file_uri_path(value)
    if path is None:
        return value.encode('utf-8')
    return read_file_arg(path, MAX_USER_DATA)


def read_file_arg(path, limit=MAX_FILE_ARG):
    """The bytes of a file an option names ('-' for stdin; file://PATH
    and fileb://PATH as the AWS CLI writes them), at most LIMIT.

    One that cannot be read is a ClientError (exit 1) worded as 3.x worded
    it, ``No such file or directory: PATH``; argparse lets it through.
    """
    import sys
    from .files import read_bounded
    path = file_uri_path(path) or path
    try:
        if path == '-':
            data = sys.stdin.buffer.read(limit + 1)
            if len(data) > limit:
                raise ClientError(f'standard input is larger than '
                                  f'{limit // 1024} KiB; refusing to read it')
            return data
        return read_bounded(path, limit)
    except OSError as err:
        where = 'standard input' if path == '-' else path
        raise ClientError(f'{err.strerror or err}: {where}')


def b64encoded(data):
    """TEXT (or bytes) base64-encoded."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.b64encode(data).decode('ascii')


def b64encoded_inline(value):
    """Inline user data (or file://PATH) base64-encoded."""
    return b64encoded(inline_bytes(value))


def iso_timestamp(text):
    """An ISO 8601 time ('2026-11-21T10:00:00Z', '...+01:00', '2026-11-21')
    as UTC 'YYYY-MM-DDThh:mm:ssZ'; a time without a zone is taken as UTC."""
    import datetime
    try:
        when = datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'{text!r} is not an ISO 8601 time such as 2013-08-21T15:42:00Z')
    if when.tzinfo is not None:
        when = when.astimezone(datetime.timezone.utc)
    return when.strftime('%Y-%m-%dT%H:%M:%SZ')
