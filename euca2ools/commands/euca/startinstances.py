from euca2ools.commands.euca import INSTANCE_RUNNING
from euca2ools.commands.euca._statechange import InstanceStateRequest


class StartInstances(InstanceStateRequest):
    COMMAND = 'euca-start-instances'
    ROW_TYPES = ('INSTANCE (state change)',)
    ACTION = 'StartInstances'
    DESCRIPTION = 'Start one or more stopped instances'
    WAIT = INSTANCE_RUNNING
