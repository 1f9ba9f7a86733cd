from euca2ools.commands.euca._statechange import InstanceStateRequest


class RebootInstances(InstanceStateRequest):
    COMMAND = 'euca-reboot-instances'
    ACTION = 'RebootInstances'
    DESCRIPTION = 'Reboot one or more instances'

    def print_result(self, result):
        """Silent on success."""
