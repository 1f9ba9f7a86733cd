from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca._attribute import attribute_flags


class ResetInstanceAttribute(EC2Request):
    COMMAND = 'euca-reset-instance-attribute'
    ACTION = 'ResetInstanceAttribute'
    DESCRIPTION = 'Reset an attribute of an instance to its default value'
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to modify (required)'),
            attribute_flags(
                (('--kernel',), 'kernel',
                 "reset the instance's kernel image ID"),
                (('--ramdisk',), 'ramdisk',
                 "reset the instance's ramdisk image ID"),
                (('--source-dest-check',), 'sourceDestCheck',
                 "reset the instance's SourceDestCheck to true"))]
