from euca2ools.commands.euwatch._alarmnames import AlarmNamesRequest


class DisableAlarmActions(AlarmNamesRequest):
    COMMAND = 'euwatch-disable-alarm-actions'
    ACTION = 'DisableAlarmActions'
    DESCRIPTION = 'Disable all actions for one or more alarms'
