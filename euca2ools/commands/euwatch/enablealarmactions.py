from euca2ools.commands.euwatch._alarmnames import AlarmNamesRequest


class EnableAlarmActions(AlarmNamesRequest):
    COMMAND = 'euwatch-enable-alarm-actions'
    ACTION = 'EnableAlarmActions'
    DESCRIPTION = 'Enable all actions for one or more alarms'
