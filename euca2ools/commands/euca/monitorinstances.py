from euca2ools.commands.euca._statechange import MonitoringRequest


class MonitorInstances(MonitoringRequest):
    COMMAND = 'euca-monitor-instances'
    ACTION = 'MonitorInstances'
    DESCRIPTION = 'Enable monitoring for one or more instances'
