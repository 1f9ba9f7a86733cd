import os
import sys

from euca2ools.core.command import BaseCommand, format_version

EUCALYPTUS_VERSION_FILE = '/etc/eucalyptus/eucalyptus-version'


class Version(BaseCommand):
    COMMAND = 'euca-version'
    DESCRIPTION = 'Display the version of euca2ools (on stderr)'

    def main(self):
        lines = [format_version()]
        if os.path.isfile(EUCALYPTUS_VERSION_FILE):
            with open(EUCALYPTUS_VERSION_FILE, encoding='utf-8') as fileobj:
                lines.append('eucalyptus ' + fileobj.read().strip())
        return lines

    def print_result(self, lines):
        for line in lines:
            print(line, file=sys.stderr)
