import argparse

from euca2ools.core import EMPTY, Arg
from euca2ools.commands.euca import EC2Request


def tag_to_delete(text):
    """KEY deletes any value; KEY= deletes only an empty value; KEY=V only
    V."""
    key, sep, value = text.partition('=')
    if not key:
        raise argparse.ArgumentTypeError(f'tag {text!r} needs a key')
    if not sep:
        return {'Key': key}
    return {'Key': key, 'Value': value if value else EMPTY}


class DeleteTags(EC2Request):
    COMMAND = 'euca-delete-tags'
    ACTION = 'DeleteTags'
    DESCRIPTION = 'Delete tags from one or more resources'
    ARGS = [Arg('ResourceId', metavar='RESOURCE', nargs='+',
                help='ID(s) of the resource(s) to un-tag (required)'),
            Arg('--tag', dest='Tag', metavar='KEY[=[VALUE]]',
                type=tag_to_delete, action='append', required=True,
                help='key and optional value of the tag to delete; KEY '
                     'alone deletes it whatever its value (repeatable, '
                     'required)')]
