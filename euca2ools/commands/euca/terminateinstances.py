from euca2ools.commands.euca import INSTANCE_TERMINATED
from euca2ools.commands.euca._statechange import InstanceStateRequest


class TerminateInstances(InstanceStateRequest):
    COMMAND = 'euca-terminate-instances'
    ROW_TYPES = ('INSTANCE (state change)',)
    ACTION = 'TerminateInstances'
    DESCRIPTION = 'Terminate one or more instances'
    WAIT = INSTANCE_TERMINATED
