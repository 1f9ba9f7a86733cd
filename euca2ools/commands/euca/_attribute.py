"""Shared parts of the describe/modify/reset-*-attribute commands.

Image, snapshot and instance attributes are read, changed and reset the
same way: one resource ID, one attribute chosen by a flag, and (for images
and snapshots) a permission list changed with -a/--add and -r/--remove.
"""

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList, UsageError
from euca2ools.commands.euca import EC2Request


def attribute_flags(*specs, required=True):
    """Flags that each pick the attribute to act on: (flags, name, help)."""
    group = MutuallyExclusiveArgList(*[
        Arg(*flags, dest='Attribute', action='store_const', const=name,
            help=help) for flags, name, help in specs])
    return group.required() if required else group


def permission_args(entity_help):
    return [Arg('-a', '--add', metavar='ENTITY', action='append', default=[],
                route_to=LOCAL,
                help=f'account to grant {entity_help}, or "all" for all '
                     'accounts (repeatable)'),
            Arg('-r', '--remove', metavar='ENTITY', action='append',
                default=[], route_to=LOCAL,
                help=f'account to remove {entity_help} from, or "all" for '
                     'all accounts (repeatable)')]


def _entity(name):
    return {'Group': name} if name == 'all' else {'UserId': name}


class PermissionListMixin:
    """Builds and prints an Add/Remove permission list from -a/-r.

    PERMISSION is the query parameter (LaunchPermission, ...), ROW its
    lower-case row tag, SWITCH the dest of the flag that selects it and
    SWITCH_FLAG that flag as the user types it.
    """

    PERMISSION = ROW = SWITCH = SWITCH_FLAG = None
    RESOURCE = None     # the dest of the resource ID

    def check_permission_args(self):
        if self.args.get(self.SWITCH):
            if not (self.args.get('add') or self.args.get('remove')):
                raise UsageError('at least one entity must be specified '
                                 'with -a/--add or -r/--remove')
        else:
            for flag in ('add', 'remove'):
                if self.args.get(flag):
                    raise UsageError(f'argument -{flag[0]}/--{flag} may only '
                                     f'be used with {self.SWITCH_FLAG}')

    def permission_params(self):
        changes = {'Add': [_entity(e) for e in self.args.get('add') or []],
                   'Remove': [_entity(e)
                              for e in self.args.get('remove') or []]}
        return {self.PERMISSION: {k: v for k, v in changes.items() if v}}

    def permission_rows(self):
        perm = self.params.get(self.PERMISSION) or {}
        for change in ('Add', 'Remove'):
            for entity in perm.get(change) or []:
                for kind, name in entity.items():
                    yield [self.ROW, self.args[self.RESOURCE], change.upper(),
                           kind, name]


class DescribeAttributeRequest(EC2Request):
    """Prints permission lists and product codes shared by images and
    snapshots; subclasses add their own attributes."""

    ID_KEY = None           # e.g. 'imageId' in the response
    PERMISSION_KEY = None   # e.g. 'launchPermission'

    def print_result(self, result):
        resource_id = result.get(self.ID_KEY)
        for perm in result.get(self.PERMISSION_KEY) or []:
            for kind, name in (perm or {}).items():
                self.print_row(self.PERMISSION_KEY, resource_id, kind, name)
        for code in result.get('productCodes') or []:
            if code.get('type'):
                text = f"[{code['type']}: {code.get('productCode')}]"
            else:
                text = code.get('productCode')
            self.print_row('productCodes', resource_id, 'productCode', text)


class ResetPermissionRequest(EC2Request):
    """Resets a permission list and prints ``ROW, id, RESET``."""

    ROW = RESOURCE = None

    def print_result(self, result):
        self.print_row(self.ROW, self.args[self.RESOURCE], 'RESET')
