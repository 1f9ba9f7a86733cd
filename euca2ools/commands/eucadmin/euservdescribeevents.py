import datetime
import email.utils
import json
import re

from euca2ools.core import Arg, UsageError
from euca2ools.commands.eucadmin import EuservRequest
from euca2ools.commands.eucadmin.euservdescribeservices import \
    EuservDescribeServices

KEYS = ('timestamp', 'severity', 'id', 'subject-type', 'subject-name',
        'subject-host', 'subject-arn', 'message', 'stack-trace')
BLOCK_KEYS = ('message', 'stack-trace')
FORMATS = {'oneline': '{timestamp} {severity} {subject-type} '
                      '{subject-name} {message}'}
_PLAIN = re.compile(r'^[A-Za-z0-9_./][A-Za-z0-9_ ./:+@-]*$')


def event_from(detail, service_type):
    """One statusDetail as an ordered dict of the event's known keys."""
    timestamp = None
    if detail.get('timestamp'):
        parsed = email.utils.parsedate_tz(detail['timestamp'])
        if parsed:
            timestamp = datetime.datetime.fromtimestamp(
                email.utils.mktime_tz(parsed))
        else:
            timestamp = detail['timestamp']
    message = detail.get('message')
    values = {'timestamp': timestamp, 'severity': detail.get('severity'),
              'id': detail.get('uuid'), 'subject-type': service_type,
              'subject-name': detail.get('serviceName'),
              'subject-host': detail.get('serviceHost'),
              'subject-arn': detail.get('serviceFullName'),
              'message': message if message and message != 'UNSET'
              else None,
              'stack-trace': detail.get('stackTrace') or None}
    return {key: values[key] for key in KEYS if values[key] is not None}


def yaml_scalar(value):
    text = str(value)
    if _PLAIN.match(text) and not text.endswith((' ', ':')) and \
            ': ' not in text and ' #' not in text and \
            text.lower() not in ('true', 'false', 'null', 'yes', 'no', '~'):
        return text
    return json.dumps(text)   # a JSON string is a valid YAML scalar


def to_yaml(events):
    """The events document as eucalyptus-admin printed it (no PyYAML)."""
    if not events:
        return 'events: []'
    lines = ['events:']
    for event in events:
        lead = '- '
        for key, value in event.items():
            if key in BLOCK_KEYS:
                text = str(value).strip().replace('\t', '    ')
                lines.append(f'{lead}{key}: |-')
                lines.extend(('    ' + line).rstrip()
                             for line in text.splitlines())
            else:
                lines.append(f'{lead}{key}: {yaml_scalar(value)}')
            lead = '  '
    return '\n'.join(lines)


def oneline(event, fmt):
    # Newlines in values stay visible as "\n"; the format's escapes work.
    values = {key: str(val).replace('\n', '\\\\n') for key, val in
              event.items()}

    def field(match):
        return values.get(match.group(1), '')
    text = re.sub(r'\{([a-z-]+)\}', field, fmt)
    return text.encode('utf-8').decode('unicode_escape')


class EuservDescribeEvents(EuservRequest):
    COMMAND = 'euserv-describe-events'
    ACTION = 'DescribeServices'
    JSON_OUTPUT = False
    DESCRIPTION = ('Show information about service-affecting events\n\n'
                   'Possible tags for events include ' + ', '.join(
                       sorted(KEYS)[:-1]) + ', and ' + sorted(KEYS)[-1] + '.')
    ARGS = [Arg('-f', '--format', default='yaml', metavar='FORMAT',
                route_to=None,
                help='show events in a given format, where FORMAT can be one '
                     'of "yaml", "oneline", and "format:STRING" (default: '
                     'yaml)'),
            Arg('-s', '--show-stack-traces', action='store_true',
                route_to=None, help='also retrieve stack traces')]

    def configure(self):
        fmt = self.args.get('format') or 'yaml'
        if fmt != 'yaml' and fmt not in FORMATS and \
                not fmt.startswith('format:'):
            raise UsageError('argument -f/--format: choose from yaml, '
                             'oneline, or prepend "format:" to build your '
                             'own')

    def main(self):
        result = self.other(EuservDescribeServices, {
            'ListAll': True, 'ShowEvents': True,
            'ShowEventStacks': self.args.get('show_stack_traces')}).main()
        events = []
        for status in result.get('serviceStatuses') or []:
            stype = (status.get('serviceId') or {}).get('type')
            for detail in status.get('statusDetails') or []:
                events.append(event_from(detail, stype))
        events.sort(key=lambda e: str(e.get('timestamp') or ''))
        return events

    def print_result(self, events):
        fmt = self.args.get('format') or 'yaml'
        if fmt == 'yaml':
            self.emit(to_yaml(events))
            return
        fmt = fmt[len('format:'):] if fmt.startswith('format:') \
            else FORMATS[fmt]
        for event in events:
            self.emit(oneline(event, fmt))
