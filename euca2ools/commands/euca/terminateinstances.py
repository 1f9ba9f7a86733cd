from euca2ools.commands.euca import INSTANCE_TERMINATED
from euca2ools.commands.euca._statechange import InstanceStateRequest


class TerminateInstances(InstanceStateRequest):
    COMMAND = 'euca-terminate-instances'
    EXAMPLES = (
        ('Terminate an instance',
         'euca-terminate-instances i-0123456789abcdef0'),
        ('Terminate two instances and wait until they are gone',
         'euca-terminate-instances --wait i-0123456789abcdef0 '
         'i-0fedcba9876543210'),
    )
    ROW_TYPES = ('INSTANCE (state change)',)
    ACTION = 'TerminateInstances'
    DESCRIPTION = 'Terminate one or more instances'
    WAIT = INSTANCE_TERMINATED
