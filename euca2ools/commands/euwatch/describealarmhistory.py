from euca2ools.core import Arg
from euca2ools.core.args import show_long
from euca2ools.core.argtypes import iso_timestamp
from euca2ools.commands.euwatch import CloudWatchRequest, rows


class DescribeAlarmHistory(CloudWatchRequest):
    COMMAND = 'euwatch-describe-alarm-history'
    ROW_TYPES = ('ALARM HISTORY', 'ALARM HISTORY (--show-long)')
    ACTION = 'DescribeAlarmHistory'
    DESCRIPTION = 'Retrieve history for one alarm or all alarms'
    ARGS = [Arg('AlarmName', metavar='ALARM', nargs='?',
                help='limit results to a specific alarm'),
            Arg('--end-date', dest='EndDate', metavar='DATE',
                type=iso_timestamp,
                help='limit results to history before a given point in time'),
            Arg('--history-item-type', dest='HistoryItemType',
                choices=('Action', 'ConfigurationUpdate', 'StateUpdate'),
                help='limit results to specific history item types'),
            show_long('show detailed event data as machine-readable JSON'),
            Arg('--start-date', dest='StartDate', metavar='DATE',
                type=iso_timestamp,
                help='limit results to history after a given point in time')]

    def print_result(self, result):
        for item in result.get('AlarmHistoryItems') or []:
            self.print_row(*rows.history_item(item, self.long))
