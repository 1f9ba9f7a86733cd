import argparse

from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingDescribe, rows

FILTER_NAMES = ('auto-scaling-group', 'key', 'value', 'propagate-at-launch')


def tag_filters(text):
    """NAME=VALUE,... -> {name: [values]}."""
    grouped = {}
    for piece in text.split(','):
        name, sep, value = piece.strip().partition('=')
        name, value = name.strip(), value.strip()
        if not sep or not name:
            raise argparse.ArgumentTypeError(
                f"invalid filter: segment '{piece.strip()}' must have form "
                'NAME=VALUE')
        if name not in FILTER_NAMES:
            raise argparse.ArgumentTypeError(
                f"unknown filter name '{name}' (allowed: "
                + ', '.join(FILTER_NAMES) + ')')
        grouped.setdefault(name, []).append(value)
    return grouped


class DescribeTags(AutoScalingDescribe):
    COMMAND = 'euscale-describe-tags'
    ACTION = 'DescribeTags'
    DESCRIPTION = 'Describe auto-scaling tags'
    ARGS = [Arg('--filter', dest='Filters.member', metavar='NAME=VALUE,...',
                type=tag_filters, action='append',
                help='restrict results to those that meet criteria '
                     '(repeatable; names: ' + ', '.join(FILTER_NAMES) + ')')]
    LIST = 'Tags'

    def preprocess(self):
        grouped = {}
        for spec in self.params.pop('Filters.member', None) or []:
            for name, values in spec.items():
                grouped.setdefault(name, []).extend(values)
        self.params['Filters.member'] = [
            {'Name': name, 'Values.member': values}
            for name, values in grouped.items()]

    def print_result(self, result):
        for tag in self.items(result):
            self.print_row(*rows.tag(tag))
