from euca2ools.commands.euscale import (AutoScalingRequest, group_arg,
                                        processes_arg)


class ResumeProcesses(AutoScalingRequest):
    COMMAND = 'euscale-resume-processes'
    ACTION = 'ResumeProcesses'
    DESCRIPTION = "Resume an auto-scaling group's auto-scaling processes"
    ARGS = [group_arg(), processes_arg()]
