from euca2ools.core import Arg
from euca2ools.commands.euca import INSTANCE_STOPPED
from euca2ools.commands.euca._statechange import InstanceStateRequest


class StopInstances(InstanceStateRequest):
    COMMAND = 'euca-stop-instances'
    ROW_TYPES = ('INSTANCE (state change)',)
    ACTION = 'StopInstances'
    DESCRIPTION = 'Stop one or more running EBS-backed instances'
    WAIT = INSTANCE_STOPPED
    ARGS = [Arg('-f', '--force', dest='Force', action='store_true',
                help='immediately stop the instance(s); data may be lost')]
