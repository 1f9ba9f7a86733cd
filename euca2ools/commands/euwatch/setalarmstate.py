import json

from euca2ools.core import Arg, UsageError
from euca2ools.core.argtypes import inline_text
from euca2ools.commands.euwatch import CloudWatchRequest


class SetAlarmState(CloudWatchRequest):
    COMMAND = 'euwatch-set-alarm-state'
    ACTION = 'SetAlarmState'
    DESCRIPTION = 'Temporarily set the state of an alarm'
    ARGS = [Arg('AlarmName', metavar='ALARM',
                help='name of the alarm to update (required)'),
            Arg('--state-value', dest='StateValue', required=True,
                choices=('ALARM', 'INSUFFICIENT_DATA', 'OK'),
                help='state to set the alarm to (required)'),
            Arg('--state-reason', dest='StateReason', metavar='REASON',
                required=True, help='human-readable reason why the alarm '
                'was set to this state (required)'),
            Arg('--state-reason-data', dest='StateReasonData',
                metavar='JSON', type=inline_text,
                help='machine-readable reason why the alarm '
                'was set to this state, in JSON format')]

    def configure(self):
        data = self.args.get('StateReasonData')
        if data:
            try:
                json.loads(data)
            except ValueError as err:
                raise UsageError('argument --state-reason-data: value must '
                                 f'be JSON ({err})')
