from euca2ools.commands.euare import IAMRequest


class GetAccountSummary(IAMRequest):
    COMMAND = 'euare-accountgetsummary'
    ACTION = 'GetAccountSummary'
    DESCRIPTION = ('Display account-level information about account entity '
                   'usage and IAM quotas')

    def print_result(self, result):
        entries = result.get('SummaryMap') or []
        for entry in sorted(entries, key=lambda e: e.get('key') or ''):
            self.emit(f"{entry.get('key')}: {entry.get('value')}")
