"""euctl: read and set cloud properties, sysctl style (``name = value``)."""

import argparse
import json
import os
import subprocess
import sys
import tempfile

from euca2ools.core import EMPTY, Arg, ClientError, MutuallyExclusiveArgList
from euca2ools.core import UsageError
from euca2ools.commands.eucadmin import EuservRequest, Properties

# Properties whose values are structures, and the formats they come in.
STRUCTURED = {'authentication.ldap_integration_configuration': ('json',),
              'cloud.network.network_configuration': ('json', 'yaml'),
              'region.region_configuration': ('json', 'yaml')}


def property_pair(text):
    """NAME, NAME=VALUE or NAME=@FILE -> (name, value or None)."""
    name, sep, value = text.partition('=')
    if not name.strip():
        raise argparse.ArgumentTypeError(f'{text!r}: no property name')
    if not sep:
        return name.strip(), None
    if value.startswith('@'):
        try:
            with open(value[1:], encoding='utf-8') as fileobj:
                value = fileobj.read()
        except OSError as err:
            raise argparse.ArgumentTypeError(
                f'cannot read {value[1:]}: {err.strerror}')
    return name.strip(), value.strip()


class PropertiesRequest(EuservRequest):
    SERVICE_CLASS = Properties
    TABULAR = False


class DescribePropertiesRequest(PropertiesRequest):
    ACTION = 'DescribeProperties'
    ARGS = [Arg('Property', nargs='*')]


class ModifyPropertyValueRequest(PropertiesRequest):
    ACTION = 'ModifyPropertyValue'
    ARGS = [Arg('Name'), Arg('Value'),
            Arg('--reset', dest='Reset', action='store_true')]


def parse_structure(text):
    """A structured value as data, or None when it does not parse."""
    if not text:
        return ''
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        import yaml   # only for values that are not JSON
    except ImportError:
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


class Euctl(PropertiesRequest):
    COMMAND = 'euctl'
    DESCRIPTION = (
        'Retrieve and set cloud state.  The state to be retrieved or set is\n'
        'named with a dotted "MIB" style name; a prefix of a name lists'
        ' every\n'
        'variable under it:\n\n    $ %(prog)s dns\n\n'
        'To set a variable, follow its name with "=" and the new value:\n\n'
        '    $ %(prog)s dns.enabled=true\n\n'
        'To reset a variable to its default value, use -r:\n\n'
        '    $ %(prog)s -r dns.enabled')
    ARGS = [Arg('prop_pairs', metavar='NAME[=VALUE|=@FILE]', nargs='*',
                type=property_pair, route_to=None,
                help='show the variable, and with a value set it first; a '
                     'value starting with "@" names a file holding it'),
            Arg('-A', '--all-types', action='store_true', route_to=None,
                help='list all the known variable names, including '
                     'structures (whose values --dump shows)'),
            Arg('-r', '--reset', action='store_true', route_to=None,
                help='reset the given variables to their default values'),
            MutuallyExclusiveArgList(
                Arg('-d', dest='show_defaults', action='store_true',
                    route_to=None,
                    help="show variables' default values instead of their "
                         'current values'),
                Arg('-s', dest='show_descriptions', action='store_true',
                    route_to=None,
                    help="show variables' descriptions instead of their "
                         'current values')),
            Arg('-n', dest='suppress_name', action='store_true',
                route_to=None, help='do not show the variable names'),
            Arg('-q', dest='suppress_all', action='store_true',
                route_to=None,
                help='show nothing when setting a variable (overrides -n)'),
            MutuallyExclusiveArgList(
                Arg('--edit', action='store_true', route_to=None,
                    help='edit a structure variable interactively with '
                         '$VISUAL, $EDITOR or vi'),
                Arg('--dump', action='store_true', route_to=None,
                    help='show the value of a structure variable in its '
                         'entirety')),
            Arg('--format', choices=('json', 'yaml', 'raw'), route_to=None,
                help='format of a structure variable for --dump/--edit; '
                     '"raw" is only allowed with --dump (default: json)')]

    @property
    def err(self):
        return self.context.stderr or sys.stderr

    def configure(self):
        pairs = self.args.get('prop_pairs') or []
        flag = '--dump' if self.args.get('dump') else \
            '--edit' if self.args.get('edit') else None
        if flag == '--edit' and self.args.get('format') == 'raw':
            raise UsageError('argument --format: "raw" is only allowed with '
                             '--dump')
        if flag:
            if len(pairs) != 1:
                raise UsageError(f'argument {flag} must be accompanied by '
                                 'exactly one variable name')
            if pairs[0][1] is not None:
                raise UsageError(f'argument {flag}: a value may not '
                                 'accompany the variable name')
            if pairs[0][0] not in STRUCTURED:
                raise UsageError(f'argument {flag} may not be used with '
                                 f'variable {pairs[0][0]}')

    # -- calls ---------------------------------------------------------------

    def describe(self, name):
        args = {'Property': [name] if name else []}
        return self.other(DescribePropertiesRequest, args).main() \
            .get('properties') or []

    def modify(self, name, value=None, reset=False):
        args = {'Name': name, 'Reset': True if reset else None,
                'Value': EMPTY if value == '' else value}
        return self.other(ModifyPropertyValueRequest, args).main()

    def unique(self, name):
        props = self.describe(name)
        matching = [p for p in props if p.get('name') == name] or props
        if not matching:
            raise ClientError(f'no such variable: {name}')
        if len(matching) > 1:
            raise ClientError(f'{name} matches more than one variable')
        return matching[0]

    # -- the command ---------------------------------------------------

    def main(self):
        if self.args.get('dump'):
            self.dump(self.args['prop_pairs'][0][0])
        elif self.args.get('edit'):
            self.edit(self.args['prop_pairs'][0][0])
        else:
            for name, value in self.args.get('prop_pairs') or [(None, None)]:
                self.set_and_show(name, value)

    def set_and_show(self, name, value):
        if name == 'euca':
            # The code-running "euca" property answers in the modify reply.
            self.emit(self.modify(name, value).get('value') or '')
            return
        if value is not None:
            self.modify(name, value)
        elif self.args.get('reset'):
            self.modify(name, reset=True)
        if self.args.get('suppress_all'):
            return
        for prop in self.describe(name):
            self.show(prop)

    def show(self, prop):
        name = (prop.get('name') or '').strip()
        if name in STRUCTURED:
            if self.args.get('all_types'):
                print(f'use euctl --dump to view {name}', file=self.err)
            return
        if self.args.get('show_defaults'):
            value = prop.get('defaultValue')
        elif self.args.get('show_descriptions'):
            value = prop.get('description')
        else:
            value = prop.get('value')
        value = (value or '').strip()
        self.emit(value if self.args.get('suppress_name')
                  else f'{name} = {value}')

    def formatted(self, name, text):
        fmt = self.args.get('format') or 'json'
        if fmt == 'raw':
            return text or ''
        data = parse_structure(text)
        if data is None:
            print(f'warning: existing value of {name} is malformed; '
                  'outputting it as raw text', file=self.err)
            return text or ''
        if data == '':
            return ''
        if fmt == 'yaml':
            try:
                import yaml
            except ImportError:
                raise ClientError('--format yaml needs the PyYAML module')
            return yaml.safe_dump(data, default_flow_style=False).strip()
        return json.dumps(data, indent=2)

    def dump(self, name):
        prop = self.unique(name)
        self.emit(self.formatted(name, prop.get('value')).strip())

    def edit(self, name):
        prop = self.unique(name)
        old_text = prop.get('value') or ''
        old = parse_structure(old_text)
        fd, path = tempfile.mkstemp(suffix='.json')
        try:
            with os.fdopen(fd, 'w') as fileobj:
                fileobj.write(self.formatted(name, old_text) + '\n')
            editor = (self.context.environ.get('VISUAL')
                      or self.context.environ.get('EDITOR') or 'vi')
            while True:
                try:
                    subprocess.run([editor, path], check=True)
                except (OSError, subprocess.CalledProcessError) as err:
                    raise ClientError(f'editor {editor} failed: {err}')
                with open(path, encoding='utf-8') as fileobj:
                    new_text = fileobj.read()
                new = parse_structure(new_text)
                if new is not None:
                    break
                print('Parsing of new value failed', file=self.err)
                answer = input('Edit again? [y/N] ')
                if not answer.lower().startswith('y'):
                    raise ClientError(f'{name} is unchanged: the new value '
                                      'does not parse')
        finally:
            os.remove(path)
        if new == old:
            print(f'{name} is unchanged', file=self.err)
            return
        self.modify(name, json.dumps(new, indent=2) if new != '' else '')
