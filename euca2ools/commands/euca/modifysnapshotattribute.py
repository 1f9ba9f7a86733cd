from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._attribute import (PermissionListMixin,
                                                permission_args)


class ModifySnapshotAttribute(PermissionListMixin, EC2Request):
    COMMAND = 'euca-modify-snapshot-attribute'
    ACTION = 'ModifySnapshotAttribute'
    DESCRIPTION = 'Modify an attribute of a snapshot'
    ARGS = [Arg('SnapshotId', metavar='SNAPSHOT',
                help='ID of the snapshot to modify'),
            Arg('-c', '--create-volume-permission', action='store_true',
                required=True, route_to=LOCAL,
                help='grant/revoke volume creation permission with -a/-r'),
            *permission_args('volume creation permission')]
    PERMISSION = 'CreateVolumePermission'
    ROW = 'createVolumePermission'
    SWITCH = 'create_volume_permission'
    SWITCH_FLAG = '-c/--create-volume-permission'
    RESOURCE = 'SnapshotId'

    def configure(self):
        self.check_permission_args()

    def preprocess(self):
        self.params.update(self.permission_params())

    def print_result(self, result):
        self.print_rows(self.permission_rows())
