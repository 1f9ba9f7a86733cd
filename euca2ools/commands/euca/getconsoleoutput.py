import base64
import re

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca import EC2Request

# Control characters other than tab, newline and carriage return.
_CONTROL = re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')


def _caret(char):
    return '^?' if char == '\x7f' else '^' + chr(ord(char) + 64)


class GetConsoleOutput(EC2Request):
    COMMAND = 'euca-get-console-output'
    ACTION = 'GetConsoleOutput'
    DESCRIPTION = 'Retrieve console output for the specified instance'
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to obtain console output from '
                     '(required)'),
            Arg('-r', '--raw-console-output', action='store_true',
                route_to=LOCAL,
                help='display raw output without escaping control '
                     'characters')]

    def print_result(self, result):
        self.emit(result.get('instanceId') or '')
        self.emit(result.get('timestamp') or '')
        encoded = result.get('output') or ''
        # As 3.x: undecodable bytes become "?", control characters caret
        # notation (^@, ^[, ^?) unless -r.
        text = base64.b64decode(encoded).decode('utf-8', 'replace')
        text = text.replace('\ufffd', '?')
        if not self.args.get('raw_console_output'):
            text = _CONTROL.sub(lambda m: _caret(m.group(0)), text)
        self.emit(text)
