from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import file_contents, key_value
from euca2ools.commands.eucadmin import EucadminRequest, LegacyProperties
from euca2ools.commands.eucadmin.rows import old


def name_and_file(text):
    """NAME=FILE: the property's name and the file's contents."""
    name, path = key_value(text)
    return name, file_contents(path)


class ModifyProperty(EucadminRequest):
    COMMAND = 'euca-modify-property'
    ACTION = 'ModifyPropertyValue'
    SERVICE_CLASS = LegacyProperties
    DESCRIPTION = 'Modify the value of a cloud property'
    ARGS = [MutuallyExclusiveArgList(
        Arg('-p', '--property', dest='set', metavar='NAME=VALUE',
            route_to=None, type=key_value,
            help='name and new value of the property to modify'),
        Arg('-f', '--property-from-file', dest='from_file',
            metavar='NAME=FILE', route_to=None, type=name_and_file,
            help='name of the property and a file ("-" for stdin) '
                 'holding its new value'),
        Arg('-r', '--property-to-reset', dest='reset', metavar='NAME',
            route_to=None,
            help='name of the property to reset to its default value'))
        .required()]

    def preprocess(self):
        if self.args.get('reset'):
            self.params.update(Name=self.args['reset'], Reset=True)
        else:
            name, value = self.args.get('set') or self.args['from_file']
            self.params.update(Name=name, Value=value)

    def print_result(self, result):
        self.emit(f"PROPERTY\t{old(result, 'name')}\t{old(result, 'value')}"
                  f" was {old(result, 'oldValue')}")
