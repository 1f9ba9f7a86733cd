from euca2ools.commands.euca._statechange import MonitoringRequest


class UnmonitorInstances(MonitoringRequest):
    COMMAND = 'euca-unmonitor-instances'
    ACTION = 'UnmonitorInstances'
    DESCRIPTION = 'Disable monitoring for one or more instances'
