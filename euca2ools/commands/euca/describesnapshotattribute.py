from euca2ools.core import Arg
from euca2ools.commands.euca._attribute import (DescribeAttributeRequest,
                                                attribute_flags)


class DescribeSnapshotAttribute(DescribeAttributeRequest):
    COMMAND = 'euca-describe-snapshot-attribute'
    ACTION = 'DescribeSnapshotAttribute'
    DESCRIPTION = 'Show information about an attribute of a snapshot'
    ARGS = [Arg('SnapshotId', metavar='SNAPSHOT', help='snapshot to describe'),
            attribute_flags(
                (('-c', '--create-volume-permission'),
                 'createVolumePermission',
                 'display who can create volumes from the snapshot'),
                (('-p', '--product-codes'), 'productCodes',
                 'list associated product codes'))]
    ID_KEY = 'snapshotId'
    PERMISSION_KEY = 'createVolumePermission'
