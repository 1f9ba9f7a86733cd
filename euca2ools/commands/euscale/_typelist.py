"""Commands that list the names the service knows, one tagged row each."""

from euca2ools.commands.euscale import AutoScalingRequest


class TypeListRequest(AutoScalingRequest):
    TABULAR = True
    # (row tag, response list, field of each item or None for plain strings)
    ROWS = ()

    def print_result(self, result):
        for tag, name, field in self.ROWS:
            for item in result.get(name) or []:
                value = item.get(field) if isinstance(item, dict) else item
                self.print_row(tag, value)
