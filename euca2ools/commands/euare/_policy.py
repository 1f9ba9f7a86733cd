"""Inline policies of users, groups, roles and accounts: the four families
of commands differ only in the owner they name, so they share these bases.
"""

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMAdminRequest, policy_source, rows


def policy_name(help='name of the policy (required)', dest='PolicyName',
                required=True):
    route = {} if dest == 'PolicyName' else {'route_to': LOCAL}
    return Arg('-p', '--policy-name', dest=dest, metavar='POLICY',
               required=required, help=help, **route)


PRETTY_PRINT = Arg('--pretty-print', action='store_true', route_to=LOCAL,
                   help='reformat the policy for easier reading')


class GetPolicyBase(IAMAdminRequest):
    ARGS = [policy_name('name of the policy to show (required)'),
            PRETTY_PRINT]

    def print_result(self, result):
        self.emit(rows.policy_text(result.get('PolicyDocument'),
                                   self.args.get('pretty_print'),
                                   self.params.get('PolicyName')))


class PutPolicyBase(IAMAdminRequest):
    ARGS = [policy_name('name of the policy (required)'), policy_source()]


class DeletePolicyBase(IAMAdminRequest):
    ARGS = [policy_name('name of the policy to delete (required)')]


class ListPoliciesBase(IAMAdminRequest):
    """Policy names (all pages), optionally each policy's document."""
    ITEMS = 'PolicyNames'
    OWNER = None              # the owner's dest, e.g. 'UserName'
    GET_COMMAND = None        # the Get*Policy command class
    SHOW_TRUNCATED = True     # the "IsTruncated: false" trailer
    ARGS = [policy_name('display a specific policy', dest='policy_name',
                        required=False),
            Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help='display the contents of the resulting policies (in '
                     'addition to their names)'),
            Arg('--pretty-print', action='store_true', route_to=LOCAL,
                help='when printing the contents of policies, reformat '
                     'them for easier reading')]

    def print_result(self, result):
        names = self.items(result)
        wanted = self.args.get('policy_name')
        verbose = self.args.get('verbose')
        if wanted:
            names = [name for name in names if name == wanted][:1]
        for name in names:
            if not (wanted and verbose):
                self.emit(name)
            if verbose:
                self.print_policy(name)
        if self.SHOW_TRUNCATED:
            # Every page was fetched already.
            self.emit('IsTruncated: false')

    def print_policy(self, name):
        getter = self.sub(self.GET_COMMAND, PolicyName=name,
                          pretty_print=self.args.get('pretty_print'),
                          **{self.OWNER: self.args.get(self.OWNER)})
        getter.print_result(getter.main())


class AddPolicyBase(IAMAdminRequest):
    """Build a simple one-effect policy and attach it with Put*Policy."""
    RESOURCE_FLAG = '-r'
    ARGS = [policy_name('name of the new policy (required)'),
            Arg('-e', '--effect', choices=('Allow', 'Deny'), required=True,
                route_to=LOCAL,
                help='whether the new policy should Allow or Deny '
                     '(required)'),
            Arg('-a', '--action', dest='actions', action='append',
                required=True, route_to=LOCAL, metavar='ACTION',
                help='action(s) the policy should apply to (at least one '
                     'required)'),
            Arg('-o', '--output', action='store_true', route_to=LOCAL,
                help='display the newly-created policy')]

    @classmethod
    def collected_args(cls):
        return super().collected_args() + [
            Arg(cls.RESOURCE_FLAG, '--resource', dest='resources',
                action='append', required=True, route_to=LOCAL,
                metavar='RESOURCE',
                help='resource(s) the policy should apply to (at least one '
                     'required)')]

    def preprocess(self):
        self.params['PolicyDocument'] = rows.simple_policy(
            self.args['effect'], self.args['actions'],
            self.args['resources'])

    def print_result(self, result):
        if self.args.get('output'):
            self.emit(self.params['PolicyDocument'])
