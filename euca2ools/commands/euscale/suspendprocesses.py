from euca2ools.commands.euscale import (AutoScalingRequest, group_arg,
                                        processes_arg)


class SuspendProcesses(AutoScalingRequest):
    COMMAND = 'euscale-suspend-processes'
    ACTION = 'SuspendProcesses'
    DESCRIPTION = "Suspend an auto-scaling group's auto-scaling processes"
    ARGS = [group_arg(), processes_arg()]
