from euca2ools.core import Arg
from euca2ools.commands.euca._import import ImportRequest, disk_image_args


class ImportVolume(ImportRequest):
    COMMAND = 'euca-import-volume'
    ACTION = 'ImportVolume'
    DESCRIPTION = 'Import a file to a volume in the cloud'
    ARGS = [*disk_image_args(''),
            Arg('-z', '--availability-zone', dest='AvailabilityZone',
                metavar='ZONE', required=True,
                help='the zone in which to create the volume (required)')]
