from euca2ools.core import Arg
from euca2ools.commands.euca._attribute import ResetPermissionRequest


class ResetSnapshotAttribute(ResetPermissionRequest):
    COMMAND = 'euca-reset-snapshot-attribute'
    ACTION = 'ResetSnapshotAttribute'
    DESCRIPTION = 'Reset an attribute of a snapshot to its default value'
    ARGS = [Arg('SnapshotId', metavar='SNAPSHOT',
                help='ID of the snapshot whose attribute should be reset '
                     '(required)'),
            Arg('-c', '--create-volume-permission', dest='Attribute',
                action='store_const', const='createVolumePermission',
                required=True,
                help='clear the list of users and groups allowed to create '
                     'volumes')]
    ROW = 'createVolumePermission'
    RESOURCE = 'SnapshotId'
