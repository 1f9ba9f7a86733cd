"""Deleting a user, group, role or instance profile together with what
belongs to it (-r), or listing what that would delete (-p/--pretend)."""

import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest


def recursive_args(flag, what, euca_flag=True):
    args = [Arg(flag, '--recursive', action='store_true', route_to=LOCAL,
                help=f'remove all IAM resources associated with the {what} '
                     'first'),
            Arg('-p', '--pretend', action='store_true', route_to=LOCAL,
                help='list the resources that would be deleted instead of '
                     f'actually deleting them (implies {flag})')]
    if euca_flag:
        # Eucalyptus' own server-side recursive delete.
        args.append(Arg('-R', '--recursive-euca', dest='IsRecursive',
                        action='store_const', const='true',
                        help=argparse.SUPPRESS))
    return args


class RecursiveDelete(IAMRequest):
    """main() finds the dependents, deletes them, then the object itself;
    subclasses say how in ``dependents`` and ``delete_dependents``."""

    def dependents(self):
        """[(heading, [(label, item), ...]), ...]: label is printed for
        --pretend, item is what delete_dependents gets."""
        raise NotImplementedError

    def delete_dependents(self, found):
        raise NotImplementedError

    def main(self):
        pretend = self.args.get('pretend')
        if not (self.args.get('recursive') or pretend):
            return super().main()
        found = self.dependents()
        if pretend:
            return {'pretend': found}
        self.delete_dependents(dict(found))
        return super().main()

    def print_result(self, result):
        for heading, items in result.get('pretend') or []:
            self.emit(heading)
            for label, _ in items:
                self.emit('\t' + (label or ''))

    def listed(self, command_class, key, field=None, label=None, **args):
        """[(label, name), ...] from a list command: ``field`` of each item
        (the item itself for lists of names), labelled by ``label``."""
        items = self.sub(command_class, **args).main().get(key) or []
        if field is None:
            return [(item, item) for item in items]
        return [(item.get(label or field), item.get(field)) for item in items]
